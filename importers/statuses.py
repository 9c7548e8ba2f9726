"""What a list says of a service's state: the status words of many languages, and the readers of a status
cell ("Suspended*", "Planned – Jan 2024"), a heading row ("INACTIVE / PHASED OUT PARTNERS") and the first
words of remarks ("SUSPENDU depuis février 2024"). Each gives a status word, whose state is ``STATUSES[word]``:
active, inactive, temporarily closed or defunct."""

from __future__ import annotations

import re

#: Status words as lists write them, 4W sheets' activity statuses too: an activity "completed" or only
#: "planned" is no service to refer people to today.
_YES = ("true", "yes", "y", "1", "oui", "sí", "si", "sim", "نعم", "হ্যাঁ")
_NO = ("false", "no", "n", "0", "non", "não", "nao", "لا", "না")
#: A service moved away, and where to ("délocalisé à Kaya"): whatever follows is the place.
_MOVED = ("délocalisé à", "délocalisée à", "délocalisés à", "relocated to", "moved to")
STATUSES = {
    **dict.fromkeys(("active", "open", "functional", "operational", "ongoing", "on-going", "on going", "in progress",
                     "running", "continuing", "actif", "active", "en cours", "fonctionnel", "fonctionnelle", "activo",
                     "activa", "en curso", "funcionando", "operativo", "ativo", "em andamento", "نشط", "فعال", "قائم",
                     "جاري", "مستمر", "সক্রিয়", "চলমান", "চালু"), "active"),
    **dict.fromkeys(("inactive", "closed", "completed", "complete", "finished", "planned", "pipeline", "not started",
                     "inactif", "fermé", "fermée", "terminé", "terminée", "achevé", "achevée", "clôturé", "prévu",
                     "planifié", "inactivo", "inactiva", "cerrado", "cerrada", "finalizado", "completado", "terminado",
                     "planificado", "previsto", "غير نشط", "مغلق", "مكتمل", "منتهي", "مخطط", "বন্ধ", "সম্পন্ন",
                     "পরিকল্পিত", "নিষ্ক্রিয়", "শুরু হবে", "চালু হবে"), "inactive"),
    **dict.fromkeys(("suspended", "temporarily closed", "paused", "on hold", "suspendu", "suspendue", "suspendido",
                     "suspendida", "en pausa", "متوقف", "معلق", "متوقف مؤقتا", "স্থগিত"), "temporarily closed"),
    **dict.fromkeys(("defunct", "ended", "discontinued", "permanently closed", "phased out", "exited"), "defunct"),
    **dict.fromkeys(("to start", "will start", "due to start", "starting soon", "starting", "por abrir", "por iniciar", "à ouvrir",
                     "a ouvrir", "يبدأ", "سيبدأ", "تبدأ", "ستبدأ"), "inactive"),
    **dict.fromkeys(("activo", "em funcionamento", "funcional", "نشطة", "فعالة"), "active"),
    **dict.fromkeys(("inativo", "inativa", "inactivo", "encerrado", "encerrada", "fechado", "fechada", "concluído",
                     "concluida", "concluída", "planeado", "planejado", "previsto", "غير نشطة", "مغلقة", "منتهية"),
                    "inactive"),
    **dict.fromkeys(("suspenso", "suspensa", "interrompido", "interrompida", "متوقفة", "معلقة"), "temporarily closed"),
    # not open yet, or no longer ("not_yet_started", "Ouverture prévue", "سيتم الافتتاح", "أغلق", "closed_permanently")
    **dict.fromkeys(("not yet started", "yet to start", "not started yet", "opening planned", "ouverture prévue",
                     "pas encore ouvert", "apertura prevista", "abertura prevista", "لم يبدأ", "لم يبدأ بعد",
                     "سيتم الافتتاح", "أغلق", "أغلقت"), "inactive"),
    **dict.fromkeys(("closed permanently", "fermé définitivement", "cerrado definitivamente", "مغلق نهائيا"), "defunct"),
    **dict.fromkeys(("توقف", "توقفت"), "temporarily closed"),
    **dict.fromkeys(("resumed", "partially functional", "partly functional", "repris", "reanudado"), "active"),
    **dict.fromkeys(("not functional", "non functional", "non-functional", "non fonctionnel", "no funcional"),
                    "inactive"),
    # Ukrainian and Russian; Dari
    **dict.fromkeys(("активно", "активний", "активна", "працює", "діє", "функціонує", "відновлено", "активен",
                     "работает", "действует", "функционирует", "فعال است", "جریان دارد"), "active"),
    **dict.fromkeys(("призупинено", "призупинена", "призупинений", "тимчасово не працює", "на паузі",
                     "приостановлено", "приостановлен", "временно не работает", "معطل", "متوقف شده", "تعلیق"),
                    "temporarily closed"),
    **dict.fromkeys(("не працює", "закрито", "закрита", "завершено", "неактивний", "неактивно", "планується",
                     "заплановано", "запланована", "не работает", "закрыто", "планируется",
                     "запланировано", "غیر فعال", "غیرفعال", "بسته", "پلان شده"), "inactive"),
    **dict.fromkeys(("temporarily suspended", "temporarily stopped", "stopped", "en pause", "mis en pause"),
                    "temporarily closed"),
    **dict.fromkeys(("desativado", "desativada", "em implantação", "en implementación"), "inactive"),
    # moved away for insecurity ("délocalisé à Kaya"): not offered here for now; Amharic
    **dict.fromkeys(("délocalisé", "délocalisée", "délocalisés", "relocated", *_MOVED, "ለጊዜው ተቋርጧል", "ተቋርጧል"),
                    "temporarily closed"),
    **dict.fromkeys(("በሥራ ላይ", "በስራ ላይ"), "active"),
    **dict.fromkeys(("not yet operational", "not operational", "non opérationnel", "non opérationnelle",
                     "قيد التخطيط", "غير فعال", "غير فعالة"), "inactive"),
    **dict.fromkeys(("partiellement fonctionnel", "partiellement fonctionnelle", "em curso"), "active"),
    # Portuguese, Spanish and French: not working, not started, closed for a time
    **dict.fromkeys(("não funcional", "nao funcional", "não operacional", "nao operacional", "por implementar",
                     "a implementar"), "inactive"),
    **dict.fromkeys(("cerrado temporalmente", "cerrada temporalmente", "temporalmente cerrado", "fermé temporairement",
                     "fermée temporairement", "temporairement fermé", "fechado temporariamente"), "temporarily closed"),
    # Turkish
    **dict.fromkeys(("aktif", "faal", "devam ediyor"), "active"),
    **dict.fromkeys(("pasif", "kapalı", "planlanan", "planlandı", "tamamlandı"), "inactive"),
    **dict.fromkeys(("geçici olarak kapalı", "askıya alındı", "durduruldu"), "temporarily closed"),
    # paused; not confirmed yet (a pathway should not send anyone to it unchecked); being set up (18th tryout)
    **dict.fromkeys(("pausado", "pausada", "en espera"), "temporarily closed"),
    **dict.fromkeys(("por confirmar", "a confirmar", "sin confirmar", "à confirmer", "a confirmer", "non confirmé",
                     "to be confirmed", "tbc", "tbd", "to be determined", "unconfirmed", "not confirmed", "قيد التأكيد",
                     "غير مؤكد", "en cours d'installation", "en installation", "en cours de mise en place",
                     "en construction", "en construcción", "em construção", "em instalação", "under construction",
                     "being set up", "قيد الإنشاء", "قيد التأسيس", *(_STARTS := ("will start", "سيبدأ", "ستبدأ",
                                                                                 "iniciará", "comenzará", "démarrera",
                                                                                 "commencera", "vai começar",
                                                                                 "itaanza"))), "inactive"),
    **dict.fromkeys(("يعمل", "تعمل", "يعمل جزئيا", "تعمل جزئيا"), "active"),  # working (partly)
    **dict.fromkeys(("pendiente", "pendente", "سيفتتح", "ستفتتح", "سيفتتح قريبا", "ستفتتح قريبا",
                     "শীঘ্রই চালু হবে", "শীঘ্রই চালু", "চালু হবে"), "inactive"),  # pending; to open (soon)
    **dict.fromkeys(("সাময়িক বন্ধ", "সাময়িকভাবে বন্ধ", "suspendus", "suspendues", "suspendidos", "suspendidas"),
                    "temporarily closed"),
    **dict.fromkeys(("en proceso de apertura", "em processo de abertura", "en cours d'ouverture", "not open yet",
                     "not yet open", "em planificação", "em planeamento", "en planificación", "en planification"),
                    "inactive"),
    # not yet (open): "not yet – planned Q2"; "opening expected May 2024"; a training "réalisé" (done) (23rd tryout)
    **dict.fromkeys(("not yet", "pas encore", "todavía no", "aún no", "ainda não", "opening expected", "expected to open",
                     "ouverture attendue", "apertura esperada", "abertura esperada", "réalisé", "réalisée", "realizado",
                     "realizada"), "inactive"),
    **dict.fromkeys(("مخطط لها", "مخطط له", "مخططة", "مخطط لهذا"), "inactive"),  # planned (for it)
    # Swahili (30th tryout, Kigoma)
    **dict.fromkeys(("inaendelea",), "active"),
    **dict.fromkeys(("imefungwa", "imepangwa", "imekamilika", "haifanyi kazi"), "inactive"),
    **dict.fromkeys(("imesitishwa", "imesimamishwa", "imesitishwa kwa muda"), "temporarily closed"),
    # an "Is active" or "Functional (Y/N)" column
    **dict.fromkeys(_YES, "active"),
    **dict.fromkeys(_NO, "inactive"),
}

#: The first words of remarks, up to a dash, colon, bracket or the end of the sentence.
_FIRST_WORDS = re.compile(r"\s*([^–—:;,.()\[\]!?\n-]+?)\s*(?:[–—:;,.()\[\]!?\n]|\s-|$)")


_BRACKETED = re.compile(r"\(([^()]*)\)\s*$")  # "ဆိုင်းငံ့ထား (suspended)": the status in brackets
#: Marks around a status word ("Suspended*", "Planned (Q3)") and KoBo's underscores ("temporarily_closed").
_STATUS_MARKS = re.compile(r"[*†]+|\s*\([^)]*\)\s*$")
_HARAKAT = re.compile("[\u064b-\u0652]")  # Arabic short vowels and tanween: "مؤقتاً" is "مؤقتا"
_STATUS_NOTE = re.compile(r"\s+[–—-]\s*|\s*[:;,/]\s*")  # between a status and its note or translation


def status_word(raw: str) -> str:
    """The status word of a (lower-case) status cell, without the marks around it; as typed when unknown."""
    if raw in STATUSES:
        return raw
    plain = _HARAKAT.sub("", _STATUS_MARKS.sub("", raw)).replace("_", " ").strip()
    if plain in STATUSES:
        return plain
    if (said := _BRACKETED.search(raw)) and _named_status(said[1].strip()):
        return said[1].strip()  # a status in a language ServiceMap has no words for, and its English: "… (suspended)"
    # a status with a note after it: "Planned – Jan 2024", "paused: shelling", "Не працює з 01.01.2024"
    first = _STATUS_MARKS.sub("", _STATUS_NOTE.split(plain, 1)[0]).strip()  # "Planned (Aug 2024) / مخطط"
    if _named_status(first):
        return first
    words = plain.split()
    for n in (3, 2, 1):
        phrase, rest = " ".join(words[:n]), words[n:n + 3]
        if rest and _named_status(phrase) and (
                STATUSES[phrase] == "active" or phrase in _MOVED or _says_when_or_why(rest)):  # not "Closed on Fridays"
            return phrase
    return raw


#: What a heading names after a status: "INACTIVE PARTNERS", "SUSPENDED SERVICES", "Services fermés".
_HEADED = frozenset(("partners", "partner", "services", "service", "organisations", "organizations", "organisation",
                     "organization", "activities", "programmes", "programs", "projects", "partenaires", "activités",
                     "projets", "socios", "servicios", "actividades", "proyectos", "الشركاء", "الخدمات"))
_HEADING_PARTS = re.compile(r"\s*(?:/|–|—|\s-\s|:|\(|\))\s*")


def status_heading(text: str) -> str:
    """The status a heading row gives the rows under it ("INACTIVE / PHASED OUT PARTNERS", "Suspended
    services", "SERVICES FERMÉS"), else "": one of its parts is a status other than active, alone or beside
    a word for the services or partners."""
    for part in _HEADING_PARTS.split(text.lower()):
        words = [w for w in _WORD.findall(part) if w not in _HEADED]
        phrase = " ".join(words)
        if _named_status(phrase) and STATUSES[phrase] != "active":
            return phrase
    return ""


def status_in_legend(meaning: str) -> str:
    """The status a legend gives a mark or a code ("service temporairement suspendu", "service prévu / en cours
    de mise en place", "Active (inaendelea)"), else "": a status's words anywhere in what it means, one other
    than active first."""
    words = _WORD.findall(_HARAKAT.sub("", meaning.lower()))
    found = ""
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            if (phrase := " ".join(words[i:i + n])) in STATUSES:
                if STATUSES[phrase] != "active":
                    return phrase
                found = found or phrase
    return found


def is_status(text: str) -> bool:
    """Whether a cell reads as a service's status ("Activo", "Suspendido temporalmente", "Planned Q2 2024"), not
    as a yes or no."""
    return _named_status(status_word(text.strip().lower()))


def _named_status(phrase: str) -> bool:
    """Whether ``phrase`` is a status word, not a yes or no (which only an "Is active" column's cell is)."""
    return phrase in STATUSES and phrase not in _YES and phrase not in _NO


def _says_when_or_why(words: list[str]) -> bool:
    """Whether the words after a status say since when, until when or why ("since March", "Q2 2024",
    "з 01.01.2024", "end of Feb", "للربع الثالث"): a word of ``_STATUS_FOLLOWS``, a year, a month or a quarter."""
    return any(w in _STATUS_FOLLOWS or _YEAR.search(w) or _QUARTER.fullmatch(w) or w in _MONTHS or w in _QUARTER_WORDS
               for w in words)


#: What remarks name before their status ("Programme fermé en déc. 2023", "Project ended").
_SUBJECTS = frozenset(("programme", "program", "project", "projet", "proyecto", "projeto", "service", "services",
                       "activities", "activités", "actividades", "atividades", "servicios", "servicio",
                       "serviço", "centre", "center", "centro", "البرنامج", "المشروع", "الخدمة", "المركز"))
#: Words after a status that say the remarks are about the service's state ("Suspended since March", "SUSPENDU
#: depuis février", "متوقف بسبب الوضع الأمني"), not its hours ("Closed on Fridays").
#: Words after a status that say since or until when ("SUSPENDED since Jan 2024", "SUSPENDU depuis février").
_SINCE = frozenset(("since", "until", "till", "depuis", "jusqu", "desde", "hasta", "até", "منذ", "حتى"))
_STATUS_FOLLOWS = _SINCE | frozenset((
    "due", "owing", "because", "following", "pending", "temporarily",
    "jusqu'à", "jusqu'au", "suite", "temporairement", "debido", "temporalmente",
    "devido", "temporariamente", "بسبب", "بعد", "مؤقتا", "з", "із", "від", "до", "через", "с", "со", "из-за",
    "funding", "funds", "falta", "fondos", "financiamiento", "financiación", "financement", "fonds", "التمويل",
    "for", "pour", "por"))  # "CLOSED for renovations", "fermé pour travaux", "cerrado por obras"
_YEAR = re.compile(r"(?:19|20)\d\d$")
#: Months, which after a status say since or until when ("CLOSED Feb", "abertura prevista em Abril").
_MONTHS = frozenset((
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug",
    "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december", "janvier", "février",
    "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero",
    "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "dezembro",
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر",
    "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين"))
#: A quarter of the year in words ("مخطط للربع الثالث": planned for the third quarter).
_QUARTER_WORDS = frozenset(("quarter", "trimestre", "الربع", "للربع", "ربع"))
_QUARTER = re.compile(r"[qt][1-4]")  # "Planned Q3", "Prévu T3": a quarter of the year
_WORD = re.compile(r"[\w'’]+")


def status_in_remarks(remarks: str) -> str:
    """The status that remarks open with when it is not 'active' ("SUSPENSO – equipa retirada",
    "Closed.", "متوقفة – غير نشطة", "SUSPENDU depuis février 2024", "Programme fermé en déc. 2023",
    "متوقف مؤقتاً لانقطاع التمويل"), else "". A status word followed by more words counts when they say
    since when, until when or why (a word of ``_STATUS_FOLLOWS``, a year within three words, an Arabic
    "li-" or "bi-" word): "Closed on Fridays" speaks of hours, and sets nothing."""
    m = _FIRST_WORDS.match(remarks) if remarks else None
    said = _HARAKAT.sub("", m[1].lower()) if m else ""
    if said in STATUSES:
        return said if said not in _NO and STATUSES[said] != "active" else ""  # not remarks saying "No."
    words = _WORD.findall(_HARAKAT.sub("", remarks.lower()))  # beyond the first clause too: "fermé en déc. 2023"
    start = 1 if words and words[0] in _SUBJECTS else 0
    for n in (3, 2, 1):
        phrase, rest = " ".join(words[start:start + n]), words[start + n:start + n + 3]
        if rest and STATUSES.get(phrase, "active") != "active" and phrase not in _NO and (
                phrase in _STARTS or rest[0] in _STATUS_FOLLOWS or rest[0][:1] in ("ل", "ب") and len(rest[0]) > 3
                or any(_YEAR.match(w) or _QUARTER.fullmatch(w) or w in _MONTHS for w in rest)):
            return phrase
    m = _SINCE_THEN.search(remarks)  # Bengali puts it last: "মার্চ থেকে বন্ধ" (since March, closed)
    return m[1] if m else ""


#: A clause of one to three words (a month, a quarter), "থেকে" (since, from) and a status: "মে থেকে স্থগিত",
#: "Q3 থেকে শুরু হবে" (to start from Q3).
_SINCE_THEN = re.compile(r"(?:^|[–—,;:।]\s*)(?:\S+\s+){1,3}থেকে\s+(বন্ধ|স্থগিত|শুরু হবে|চালু হবে)(?=\s*(?:$|[–—,;:.।(]))")
_CLAUSES = re.compile(r"\s+[–—-]\s+|[,;(]\s*")


def status_in_text(text: str) -> str:
    """The status a service's own text gives after what it is, as remarks give it (:func:`status_in_remarks`):
    "Case management (CP) – SUSPENDED since Jan 2024", "CFS – child friendly space, CLOSED Feb 2024", "WGSS,
    opening planned May 2024"; else ""."""
    for clause in _CLAUSES.split(text)[1:]:
        words = _WORD.findall(_HARAKAT.sub("", clause.lower()))
        if (said := status_in_remarks(clause)) and (" ".join(words) == said or any(  # "– SUSPENDED", or with when:
                w in _SINCE or _YEAR.match(w) or w in _MONTHS for w in words)):  # not "(closed for lunch)"
            return said
    return ""
