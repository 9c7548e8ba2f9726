<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/window/about.py" line="15"/>
        <source>development version</source>
        <translation>إصدار تطويري</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="22"/>
        <source>A directory, maps, coverage gaps and printable referral pathways for child-protection and GBV services.</source>
        <translation>دليل للخدمات وخرائط وفجوات التغطية ومسارات إحالة قابلة للطباعة لخدمات حماية الطفل والعنف القائم على النوع الاجتماعي.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="24"/>
        <source>ServiceMap works offline. It goes to the internet only when you switch on an online feature, such as online map tiles or online geocoding.</source>
        <translation>يعمل ServiceMap دون اتصال بالإنترنت، ولا يتصل بالإنترنت إلا عند تشغيل ميزة عبر الإنترنت، مثل مربعات الخرائط عبر الإنترنت أو الترميز الجغرافي عبر الإنترنت.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="26"/>
        <source>Data credits</source>
        <translation>مصادر البيانات</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="27"/>
        <source>Administrative boundaries: OCHA Common Operational Datasets (COD-AB); for Bangladesh, produced by the Bangladesh Bureau of Statistics (BBS), licensed CC BY-IGO 3.0.</source>
        <translation>الحدود الإدارية: مجموعات البيانات التشغيلية المشتركة لمكتب أوتشا (COD-AB)؛ وبالنسبة إلى بنغلاديش، من إعداد مكتب الإحصاء البنغلاديشي (BBS)، بترخيص CC BY-IGO 3.0.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="29"/>
        <source>Place names and country information: GeoNames, licensed CC BY 4.0.</source>
        <translation>أسماء الأماكن ومعلومات البلدان: GeoNames، بترخيص CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/about.py" line="34"/>
        <source>About ServiceMap</source>
        <translation>حول ServiceMap</translation>
    </message>
</context>
<context>
    <name>BasemapMenu</name>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="27"/>
        <source>&amp;Basemap</source>
        <translation>&amp;خريطة الأساس</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="30"/>
        <source>&amp;None (admin boundaries only)</source>
        <translation>&amp;بلا خريطة أساس (الحدود الإدارية فقط)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="31"/>
        <source>Offline tiles from an &amp;MBTiles file…</source>
        <translation>مربعات خرائط دون اتصال من م&amp;لف MBTiles…</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="32"/>
        <source>Offline tiles from a z/x/y &amp;folder…</source>
        <translation>مربعات خرائط دون اتصال من &amp;مجلد z/x/y…</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="33"/>
        <source>&amp;OpenStreetMap (online, cached)</source>
        <translation>&amp;خرائط OpenStreetMap (عبر الإنترنت، مع حفظ نسخة محلية)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="53"/>
        <source>Cannot use these tiles</source>
        <translation>تعذّر استخدام هذه المربعات</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="60"/>
        <source>Offline tiles</source>
        <translation>مربعات خرائط دون اتصال</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="61"/>
        <source>MBTiles (*.mbtiles);;All files (*)</source>
        <translation>MBTiles (*.mbtiles);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="68"/>
        <source>Folder of z/x/y tiles</source>
        <translation>مجلد مربعات z/x/y</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="80"/>
        <source>Use online map tiles?</source>
        <translation>هل تريد استخدام مربعات خرائط عبر الإنترنت؟</translation>
    </message>
    <message>
        <location filename="../../desktop/map/basemap_menu.py" line="81"/>
        <source>OpenStreetMap tiles are downloaded from the internet as you look at the map, and kept for offline use. Nothing about your services is sent. Switch them on?</source>
        <translation>تُنزَّل مربعات خرائط OpenStreetMap من الإنترنت أثناء تصفّحك للخريطة، وتُحفظ لاستخدامها دون اتصال. لا يُرسَل أي شيء عن خدماتك. هل تريد تفعيلها؟</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="27"/>
        <source>Check this installation</source>
        <translation>التحقق من هذا التثبيت</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="34"/>
        <source>&amp;Copy the report</source>
        <translation>&amp;نسخ التقرير</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="35"/>
        <source>Check &amp;again</source>
        <translation>التحقق &amp;مجددًا</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="50"/>
        <source>Checking what ServiceMap needs on this computer…</source>
        <translation>جارٍ التحقق مما يحتاجه ServiceMap على هذا الحاسوب…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/check_dialog.py" line="59"/>
        <source>%n essential check(s) failed. What to do is written under each.</source>
        <translation>
            <numerusform>لم يفشل أي فحص أساسي (%n).</numerusform>
            <numerusform>فشل فحص أساسي واحد (%n). ما يجب فعله مكتوب تحته.</numerusform>
            <numerusform>فشل فحصان أساسيان (%n). ما يجب فعله مكتوب تحت كل منهما.</numerusform>
            <numerusform>فشلت %n فحوص أساسية. ما يجب فعله مكتوب تحت كل منها.</numerusform>
            <numerusform>فشل %n فحصًا أساسيًا. ما يجب فعله مكتوب تحت كل منها.</numerusform>
            <numerusform>فشل %n فحص أساسي. ما يجب فعله مكتوب تحت كل منها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="62"/>
        <source>Everything ServiceMap needs is in place.</source>
        <translation>كل ما يحتاجه ServiceMap متوفر.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/check_dialog.py" line="66"/>
        <source>The checks could not run: %1</source>
        <translation>تعذّر إجراء الفحوص: %1</translation>
    </message>
</context>
<context>
    <name>ConflictWords</name>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="29"/>
        <source>phones and e-mails</source>
        <extracomment>Translates one text (a Qt template with %1 …); the desktop sets it, the command line does not. The JSON fields as people name them (the others through importers.merge.label).</extracomment>
        <translation>الهواتف والبريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="30"/>
        <source>other columns</source>
        <translation>أعمدة أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="31"/>
        <source>words the types were read from</source>
        <translation>الكلمات التي قُرئت منها الأنواع</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="32"/>
        <source>how the types were found</source>
        <translation>كيف وُجدت الأنواع</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="33"/>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="34"/>
        <source>phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="87"/>
        <source>Phone added %1</source>
        <translation>أُضيف الهاتف %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="89"/>
        <source>Phone %1 removed</source>
        <translation>أُزيل الهاتف %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="91"/>
        <source>Phone %1 changed to %2</source>
        <translation>تغيّر الهاتف %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="105"/>
        <source>Name %1 changed to %2</source>
        <translation>تغيّر الاسم %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="106"/>
        <source>Title %1 changed to %2</source>
        <translation>تغيّر المسمى %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="107"/>
        <source>Department %1 changed to %2</source>
        <translation>تغيّر القسم %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="151"/>
        <source>%1: %2 changed to %3</source>
        <translation>%1: تغيّر %2 إلى %3</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="94"/>
        <source>Phone %1: %2</source>
        <translation>الهاتف %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="112"/>
        <location filename="../../desktop/commands/conflict_words.py" line="118"/>
        <source>a contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="129"/>
        <source>Contact added: %1</source>
        <translation>أُضيفت جهة اتصال: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="135"/>
        <source>E-mail added %1</source>
        <translation>أُضيف البريد الإلكتروني %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="136"/>
        <source>E-mail removed %1</source>
        <translation>أُزيل البريد الإلكتروني %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="139"/>
        <source>Contact removed: %1</source>
        <translation>أُزيلت جهة اتصال: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="149"/>
        <source>%1 added: %2</source>
        <translation>أُضيف %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="152"/>
        <source>%1 removed</source>
        <translation>أُزيل %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="165"/>
        <source>Added %1</source>
        <translation>أُضيف %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="166"/>
        <source>Removed %1</source>
        <translation>أُزيل %1</translation>
    </message>
    <message>
        <location filename="../../desktop/commands/conflict_words.py" line="179"/>
        <source>as before</source>
        <translation>كما كان</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="47"/>
        <source>Conflicts in the shared directory</source>
        <translation>تعارضات في الدليل المشترك</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="57"/>
        <source>Two people changed the same thing differently. The server&apos;s value stays until you choose; your choice goes to the server with the next sync.</source>
        <translation>غيّر شخصان الشيء نفسه بطريقتين مختلفتين. تبقى قيمة الخادم حتى تختار؛ ويُرسَل اختيارك إلى الخادم مع المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="60"/>
        <source>The server refused some of this copy&apos;s changes: the server&apos;s values are back in this copy (yours stay in its history). Accept each refusal once you have read why.</source>
        <translation>رفض الخادم بعض تغييرات هذه النسخة: عادت قيم الخادم إلى هذه النسخة (وتبقى قيمك في سجلّها). اقبل كل رفض بعد أن تقرأ سببه.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="63"/>
        <source>The server refused some records this copy made: keep them in this copy only, or discard them.</source>
        <translation>رفض الخادم بعض السجلات التي أُنشئت في هذه النسخة: أبقِها في هذه النسخة فقط، أو تخلّص منها.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="66"/>
        <source>You may only read this shared directory: a coordinator resolves its conflicts.</source>
        <translation>يمكنك قراءة هذا الدليل المشترك فقط: يحلّ المنسّق تعارضاته.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="70"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="131"/>
        <source>Server&apos;s</source>
        <translation>قيمة الخادم</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="70"/>
        <source>Mine</source>
        <translation>قيمتي</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="69"/>
        <source>Keep</source>
        <translation>الإبقاء على</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="70"/>
        <source>Keep all the server&apos;s</source>
        <translation>الإبقاء على كل قيم الخادم</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="71"/>
        <source>Keep all mine</source>
        <translation>الإبقاء على كل قيمي</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="72"/>
        <source>Conflicts and refused records</source>
        <translation>التعارضات والسجلات المرفوضة</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="88"/>
        <source>Accept the refusal</source>
        <translation>قبول الرفض</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="88"/>
        <source>Decide later</source>
        <translation>القرار لاحقاً</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="93"/>
        <source>Discard</source>
        <translation>تخلّص منه</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="93"/>
        <source>Keep only in this copy</source>
        <translation>الإبقاء في هذه النسخة فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="127"/>
        <source>%1&apos;s: %2</source>
        <translation>قيمة %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="129"/>
        <source>%1 made the other change on another copy; this copy&apos;s value is the server&apos;s.</source>
        <translation>أجرى %1 التغيير الآخر على نسخة أخرى؛ قيمة هذه النسخة هي قيمة الخادم.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="131"/>
        <source>%1&apos;s</source>
        <translation>قيمة %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="90"/>
        <location filename="../../desktop/sharing/conflicts_dialog.py" line="94"/>
        <source>refused by the server</source>
        <translation>رفضه الخادم</translation>
    </message>
</context>
<context>
    <name>DateOrderBox</name>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="23"/>
        <source>day first (8 September 2026)</source>
        <translation>اليوم أولاً (8 سبتمبر 2026)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="24"/>
        <source>month first (9 August 2026)</source>
        <translation>الشهر أولاً (9 أغسطس 2026)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="27"/>
        <source>Use this order for every import into this project</source>
        <translation>استخدم هذا الترتيب في كل استيراد إلى هذا المشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/date_order.py" line="31"/>
        <source>Dates such as 08/09/2026 are</source>
        <translation>التواريخ مثل 08/09/2026 تُقرأ</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="34"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="35"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="36"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="37"/>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="38"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="38"/>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="42"/>
        <source>&amp;Edit service…</source>
        <translation>تعديل ال&amp;خدمة…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="43"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="43"/>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="44"/>
        <source>&amp;Delete service</source>
        <translation>&amp;حذف الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="46"/>
        <source>Show deleted / &amp;Restore…</source>
        <translation>إظهار المحذوفة / ا&amp;ستعادة…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="47"/>
        <source>Mark &amp;verified…</source>
        <translation>&amp;وسم الخدمة كمُتحقَّق منها…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="49"/>
        <source>Your &amp;name in the audit…</source>
        <translation>اسمك في سجل الت&amp;دقيق…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="77"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="78"/>
        <source>Edits are recorded in the project&apos;s audit under this name:</source>
        <translation>تُسجَّل التعديلات في سجل تدقيق المشروع بهذا الاسم:</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="112"/>
        <source>The change was not saved</source>
        <translation>لم يُحفظ التغيير</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="115"/>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="139"/>
        <source>This column is edited in the service editor (Enter or F2).</source>
        <translation>يُعدَّل هذا العمود في محرر الخدمة (Enter أو F2).</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>Phone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>E-mail or message</source>
        <translation>بريد إلكتروني أو رسالة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="197"/>
        <source>Partner&apos;s update</source>
        <translation>تحديث من الشريك</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="199"/>
        <source>Mark verified</source>
        <translation>وسم كمُتحقَّق منها</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="200"/>
        <source>“%1” was checked today. How?</source>
        <translation>تم التحقق من «%1» اليوم. كيف؟</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="213"/>
        <source>Mark “%1” verified</source>
        <translation>وسم «%1» كمُتحقَّق منها</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="226"/>
        <location filename="../../desktop/curation/edit_actions.py" line="230"/>
        <source>Deleted services</source>
        <translation>الخدمات المحذوفة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="226"/>
        <source>No service has been deleted.</source>
        <translation>لم تُحذف أي خدمة.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="230"/>
        <source>Restore this service:</source>
        <translation>استعادة هذه الخدمة:</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="204"/>
        <source>“%1” marked verified today (%2), by %3.</source>
        <translation>تم وضع علامة «%1» كمُتحقَّق منه اليوم (%2)، بواسطة %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/edit_actions.py" line="205"/>
        <source>you</source>
        <translation>أنت</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/errors.py" line="60"/>
        <source>ServiceMap met an unexpected problem: %1</source>
        <translation>واجه ServiceMap مشكلة غير متوقعة: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="62"/>
        <source>Your project file is safe: every change is saved when it is made. The details are in %1; please send that file to whoever supports ServiceMap for you.</source>
        <translation>ملف مشروعك سليم: يُحفظ كل تغيير فور إجرائه. التفاصيل موجودة في %1؛ يُرجى إرسال هذا الملف إلى من يقدّم لك الدعم في استخدام ServiceMap.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="65"/>
        <source>Help › Check this installation… shows whether this computer lacks something ServiceMap needs.</source>
        <translation>مساعدة › التحقق من هذا التثبيت… يبيّن ما إذا كان هذا الحاسوب يفتقر إلى شيء يحتاجه ServiceMap.</translation>
    </message>
    <message>
        <location filename="../../desktop/errors.py" line="72"/>
        <source>ServiceMap</source>
        <translation>ServiceMap</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="45"/>
        <source>Export the directory</source>
        <translation>تصدير الدليل</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="52"/>
        <source>Include where confidential services (safe houses) are</source>
        <translation>تضمين أماكن الخدمات السرية (البيوت الآمنة)</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="53"/>
        <source>Without it they are listed without their location. Share such a file only with those who may know where a safe house is.</source>
        <translation>بدون ذلك تُدرج دون موقعها. لا تشارك مثل هذا الملف إلا مع من يحق لهم معرفة مكان البيت الآمن.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="57"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="60"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="67"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="149"/>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="68"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="149"/>
        <source>Admin area</source>
        <translation>المنطقة الإدارية</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="56"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="70"/>
        <location filename="../../desktop/sharing/export_dialog.py" line="149"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="28"/>
        <source>Open Referral HSDS 3.0: JSON (.json) or tabular data package (folder or .zip)</source>
        <translation>Open Referral HSDS 3.0: ملف JSON (.json) أو حزمة بيانات جدولية (مجلد أو .zip)</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="29"/>
        <source>HXL-tagged 3W/4W table (.csv or .xlsx)</source>
        <translation>جدول 3W/4W بوسوم HXL (.csv أو .xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="30"/>
        <source>formatted XLSX directory</source>
        <translation>دليل XLSX منسّق</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="31"/>
        <source>plain CSV, one row per service at a site</source>
        <translation>ملف CSV بسيط، صف لكل خدمة في كل موقع</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="32"/>
        <source>GeoPackage point layer for QGIS</source>
        <translation>طبقة نقاط GeoPackage لبرنامج QGIS</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="33"/>
        <source>GeoJSON points for web maps</source>
        <translation>نقاط GeoJSON لخرائط الويب</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="34"/>
        <source>KML for phone map apps</source>
        <translation>KML لتطبيقات الخرائط على الهاتف</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="35"/>
        <source>vCard contacts for phones</source>
        <translation>جهات اتصال vCard للهواتف</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="86"/>
        <source>All areas</source>
        <translation>كل المناطق</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="128"/>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="133"/>
        <source>Wrote %1 records to %2.</source>
        <translation>كُتب %1 سجلًا في %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/export_dialog.py" line="135"/>
        <source>Confidential services are listed without their location.</source>
        <translation>الخدمات السرية مدرجة دون موقعها.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="77"/>
        <location filename="../../desktop/importing/wizard.py" line="104"/>
        <source>Choose the service list</source>
        <extracomment>how long the path must stay unchanged (typed in) before its file is read</extracomment>
        <translation>اختر قائمة الخدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="78"/>
        <source>An Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV file.</source>
        <translation>مصنف Excel (.xlsx أو .xlsm أو .xls) أو جدول OpenDocument (.ods) أو ملف CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="83"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="105"/>
        <source>Service lists (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv)</source>
        <translation>قوائم الخدمات (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="80"/>
        <source>Service list file</source>
        <translation>ملف قائمة الخدمات</translation>
    </message>
</context>
<context>
    <name>GapExport</name>
    <message>
        <location filename="../../desktop/coverage/export.py" line="17"/>
        <source>Admin level</source>
        <extracomment>The exported table&apos;s columns the panel&apos;s table does not show, in words (for pyside6-lupdate).</extracomment>
        <translation>المستوى الإداري</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="18"/>
        <source>Population (all ages)</source>
        <translation>السكان (جميع الأعمار)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="19"/>
        <source>Children (0–17)</source>
        <translation>الأطفال (0–17)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="20"/>
        <source>Analysed (%1)</source>
        <translation>المشمولون بالتحليل (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="21"/>
        <source>Services per 10,000 %1</source>
        <translation>الخدمات لكل 10٬000 من %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="22"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="43"/>
        <source>Service type</source>
        <extracomment>For pyside6-lupdate, which reads only literal calls.</extracomment>
        <translation>نوع الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="43"/>
        <source>Within</source>
        <translation>حد الوصول</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="44"/>
        <source>Population analysed</source>
        <translation>السكان المشمولون بالتحليل</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="44"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="55"/>
        <location filename="../../desktop/coverage/export.py" line="63"/>
        <location filename="../../desktop/coverage/export.py" line="65"/>
        <source>Export the gap analysis</source>
        <translation>تصدير تحليل الفجوات</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="56"/>
        <source>Excel workbook (*.xlsx);;CSV table (*.csv);;GeoPackage for QGIS (*.gpkg);;Distance or travel-time raster (*.tif)</source>
        <translation>مصنف Excel (*.xlsx);;جدول CSV (*.csv);;GeoPackage لبرنامج QGIS (*.gpkg);;نقطية المسافة أو زمن الوصول (*.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/export.py" line="66"/>
        <source>Could not write %s: %s. Choose another place.</source>
        <translation>تعذّرت كتابة %s: %s. اختر مكاناً آخر.</translation>
    </message>
</context>
<context>
    <name>GapInputs</name>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="58"/>
        <source>optional: a population raster (.tif) that places a table&apos;s people</source>
        <translation>اختياري: نقطية سكانية (.tif) تحدد مواضع سكان الجدول</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="77"/>
        <source>Off-road walking speed where no land cover says otherwise; changing it measures travel time</source>
        <translation>سرعة المشي خارج الطرق حيث لا يحدد الغطاء الأرضي غيرها؛ تغييرها يعني قياس زمن الوصول</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="52"/>
        <source>Limit each service to its capacity</source>
        <translation>حصر كل خدمة في حدود طاقتها الاستيعابية</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="83"/>
        <source>Admin level</source>
        <translation>المستوى الإداري</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="87"/>
        <location filename="../../desktop/coverage/inputs.py" line="89"/>
        <source>Population</source>
        <translation>السكان</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="90"/>
        <source>Spread by</source>
        <translation>التوزيع حسب</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="93"/>
        <source>Roads</source>
        <translation>الطرق</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="98"/>
        <source>Walking</source>
        <translation>المشي</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="96"/>
        <source>Land cover</source>
        <translation>الغطاء الأرضي</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="121"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="129"/>
        <source>Choose a file</source>
        <translation>اختر ملفًا</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="43"/>
        <source>all areas that hold services</source>
        <translation>كل المناطق التي فيها خدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="44"/>
        <source>P-codes of the areas to analyse, separated by commas (any level); empty: the top-level areas that hold services</source>
        <translation>الرموز P للمناطق المراد تحليلها، مفصولة بفواصل (أي مستوى)؛ فارغ: مناطق المستوى الأعلى التي فيها خدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="50"/>
        <source>by the areas&apos; size</source>
        <translation>حسب حجم المناطق</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="51"/>
        <source>The side of the analysis grid&apos;s cells; smaller is finer and slower</source>
        <translation>طول ضلع خلايا شبكة التحليل؛ الأصغر أدق وأبطأ</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="54"/>
        <source>people in each area: a table (.csv/.xlsx) or a map (.tif)</source>
        <translation>السكان في كل منطقة: جدول (.csv/.xlsx) أو خريطة (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="61"/>
        <source>optional: road lines or an OpenStreetMap .osm.pbf</source>
        <translation>اختياري: خطوط الطرق أو ملف OpenStreetMap ‎.osm.pbf</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="63"/>
        <source>optional: rivers, lakes and other barriers (lines or areas)</source>
        <translation>اختياري: الأنهار والبحيرات والحواجز الأخرى (خطوط أو مساحات)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="65"/>
        <source>optional: elevation raster (.tif), for slopes</source>
        <translation>اختياري: نقطية الارتفاع (‎.tif) للمنحدرات</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="67"/>
        <source>optional: land-cover raster (.tif)</source>
        <translation>اختياري: نقطية الغطاء الأرضي (‎.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="69"/>
        <source>optional: speeds per land-cover class (.csv)</source>
        <translation>اختياري: السرعات لكل فئة من الغطاء الأرضي (‎.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="80"/>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="84"/>
        <source>Areas</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="85"/>
        <source>Grid cells</source>
        <translation>خلايا الشبكة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="91"/>
        <source>Travel time (with a threshold in minutes)</source>
        <translation>زمن التنقل (مع حد بالدقائق)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="94"/>
        <source>Water</source>
        <translation>المياه</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="95"/>
        <source>Elevation</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="97"/>
        <source>Speeds</source>
        <translation>السرعات</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="142"/>
        <source>empty: the project&apos;s population — %1</source>
        <translation>فارغ: سكان المشروع — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="99"/>
        <source>Within</source>
        <translation>ضمن</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/inputs.py" line="114"/>
        <source>Choose a file: %1</source>
        <translation>اختر ملفًا: %1</translation>
    </message>
</context>
<context>
    <name>GapNotes</name>
    <message>
        <location filename="../../desktop/coverage/words.py" line="24"/>
        <source>population analysed: %1 (%2)</source>
        <extracomment>Every note mapping.coverage writes (GapResult.notes, Placement.notes, the population method).</extracomment>
        <translation>السكان المحلَّلون: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="25"/>
        <source>population: the project&apos;s own (%1)</source>
        <translation>السكان: سكان المشروع نفسه (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="26"/>
        <source>children 0–17 = %1</source>
        <translation>الأطفال 0–17 = %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="27"/>
        <source>%1: bands 0–14 plus single years 15–17</source>
        <translation>%1: الفئات 0–14 مع السنوات المفردة 15–17</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="28"/>
        <source>%1: bands 0–14 plus 3/5 of 15–19</source>
        <translation>%1: الفئات 0–14 مع 3/5 من فئة 15–19</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="29"/>
        <source>%1: bands 0–14 plus 15–17</source>
        <translation>%1: الفئات 0–14 مع فئة 15–17</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="30"/>
        <source>the table has no age bands: analysed as all people</source>
        <translation>لا يحتوي الجدول على فئات عمرية: حُلِّل لجميع السكان</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="31"/>
        <source>gridded population without age bands: analysed as all people</source>
        <translation>سكان على شبكة دون فئات عمرية: حُلِّلوا كجميع السكان</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="32"/>
        <source>no total column: population is the sum of the age bands</source>
        <translation>لا يوجد عمود للمجموع: السكان هم مجموع الفئات العمرية</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="33"/>
        <source>this service type covers declared service areas (%1 areas), not a distance</source>
        <translation>يغطي نوع الخدمة هذا مناطق الخدمة المعلنة (%1 منطقة)، لا مسافة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="34"/>
        <source>%1 services of this type have no point on the map and are left out</source>
        <translation>%1 خدمة من هذا النوع ليس لها نقطة على الخريطة فاستُبعدت</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="35"/>
        <source>capacity-aware coverage (%1 of %2 services have a capacity): each service covers the nearest people up to its capacity, largest first (AccessMod&apos;s method)</source>
        <translation>تغطية تراعي السعة (%1 من %2 خدمة لها سعة): تغطي كل خدمة أقرب الناس إليها حتى سعتها، بدءًا بالأكبر (طريقة AccessMod)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="37"/>
        <source>%1 services have a capacity; ask for capacity-aware coverage to use it</source>
        <translation>%1 خدمة لها سعة؛ اطلب التغطية التي تراعي السعة لاستخدامها</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="38"/>
        <source>median and worst are blank where travel time is over %1 min (3 × the threshold)</source>
        <translation>يُترك الوسيط والأبعد فارغين حيث يزيد زمن الوصول على %1 دقيقة (3 × الحد)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="39"/>
        <source>WARNING: no gridded population: each area&apos;s people are spread evenly over its land (by area only). Coverage inside an area is approximate; give a WorldPop-style GeoTIFF for a better answer.</source>
        <translation>تحذير: لا يوجد توزيع شبكي للسكان: وُزِّع سكان كل منطقة بالتساوي على أرضها (حسب المساحة فقط). التغطية داخل المنطقة تقريبية؛ قدِّم ملف GeoTIFF مثل WorldPop للحصول على نتيجة أفضل.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="42"/>
        <source>each area&apos;s people and children from %1 are spread over its cells in proportion to the people of %2 (the table&apos;s totals kept exactly)</source>
        <translation>وُزِّع سكان كل منطقة وأطفالها من %1 على خلاياها بنسبة سكان %2 (مع الحفاظ على مجاميع الجدول تمامًا)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="44"/>
        <source>%1 areas in scope have no row in %2 (e.g. %3): counted as 0 people</source>
        <translation>%1 منطقة ضمن النطاق ليس لها صف في %2 (مثل %3): احتُسبت بلا سكان</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="45"/>
        <source>%1 areas are smaller than one grid cell and their people are left out (e.g. %2)</source>
        <translation>%1 منطقة أصغر من خلية واحدة في الشبكة فاستُبعد سكانها (مثل %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="46"/>
        <source>WARNING: %1 areas have no people in %2; their people are spread evenly over their land (by area only)</source>
        <translation>تحذير: %1 منطقة بلا سكان في %2؛ وُزِّع سكانها بالتساوي على أرضها (حسب المساحة فقط)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="48"/>
        <source>analysis grid: %1 × %2 cells of %3 m in %4</source>
        <translation>شبكة التحليل: %1 × %2 خلية بطول %3 م في %4</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="49"/>
        <source>%1 (%2 units, %3) resampled bilinearly to %4 m cells</source>
        <translation>%1 (وحدات %2، %3) أُعيد تشكيله خطيًا ثنائيًا إلى خلايا بطول %4 م</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="50"/>
        <source>water and barriers from %1: %2 cells cannot be crossed (roads over them are bridges)</source>
        <translation>المياه والحواجز من %1: لا يمكن عبور %2 خلية (الطرق فوقها جسور)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="51"/>
        <source>%1: no water or barrier features</source>
        <translation>%1: لا توجد معالم مياه أو حواجز</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="52"/>
        <source>population raster %1: only the %2 × %3 cells under the analysis area were read (of %4 × %5)</source>
        <translation>نقطية السكان %1: قُرئت فقط %2 × %3 خلية تحت منطقة التحليل (من %4 × %5)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="54"/>
        <source>elevation raster %1: only the %2 × %3 cells under the analysis area were read (of %4 × %5)</source>
        <translation>نقطية الارتفاع %1: قُرئت فقط %2 × %3 خلية تحت منطقة التحليل (من %4 × %5)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="56"/>
        <source>land cover %1: only the %2 × %3 cells under the analysis area were read (of %4 × %5)</source>
        <translation>الغطاء الأرضي %1: قُرئت فقط %2 × %3 خلية تحت منطقة التحليل (من %4 × %5)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="59"/>
        <source>%1 %2: only the %3 × %4 cells under the analysis area were read (of %5 × %6)</source>
        <translation>%1 %2: قُرئت فقط %3 × %4 خلية تحت منطقة التحليل (من %5 × %6)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="60"/>
        <source>%1 rows without a P-code (totals?) were left out</source>
        <translation>استُبعد %1 صفاً بلا رمز P (مجاميع؟)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="61"/>
        <source>population raster %1 is in %2 (%3 cells); resampled to %4 m cells in %5, keeping the totals</source>
        <translation>نقطية السكان %1 بنظام %2 (خلايا %3)؛ أُعيد تشكيلها إلى خلايا بطول %4 م في %5 مع الحفاظ على المجاميع</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="63"/>
        <source>population raster %1 (%2 m cells, %3) resampled to %4 m cells in %5, keeping the totals</source>
        <translation>نقطية السكان %1 (خلايا بطول %2 م، %3) أُعيد تشكيلها إلى خلايا بطول %4 م في %5 مع الحفاظ على المجاميع</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="65"/>
        <source>land cover %1 (%2 cells, %3) brought onto %4 m cells in %5 by %6</source>
        <translation>الغطاء الأرضي %1 (خلايا %2، %3) نُقل إلى خلايا بطول %4 م في %5 حسب %6</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="66"/>
        <source>the most common class in each cell</source>
        <translation>الفئة الأكثر شيوعًا في كل خلية</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="67"/>
        <source>the nearest class</source>
        <translation>أقرب فئة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="68"/>
        <source>off-road speed by land-cover class (%1): no class of the table in the analysis area</source>
        <translation>السرعة خارج الطرق حسب فئة الغطاء الأرضي (%1): لا توجد أي فئة من الجدول في منطقة التحليل</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="69"/>
        <source>off-road speed by land-cover class (%1): %2</source>
        <translation>السرعة خارج الطرق حسب فئة الغطاء الأرضي (%1): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="70"/>
        <source>land-cover classes without a speed (%1; %2 of cells) walked at %3 km/h; add them to the speeds table</source>
        <translation>فئات الغطاء الأرضي بلا سرعة (%1؛ %2 من الخلايا) احتُسبت سيرًا على الأقدام بسرعة %3 كم/س؛ أضفها إلى جدول السرعات</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="72"/>
        <source>%1 of cells have no land cover (outside the raster or no data): walked at %2 km/h</source>
        <translation>%1 من الخلايا بلا غطاء أرضي (خارج النقطية أو بلا بيانات): احتُسبت سيرًا بسرعة %2 كم/س</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="73"/>
        <source>only %1 sites add anyone; more would cover no one new</source>
        <translation>%1 موقعًا فقط يضيف أحدًا؛ ولن يغطي المزيد أي شخص جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="74"/>
        <source>exact model skipped: %1 demand points × %2 candidates is too large to solve in reasonable time; greedy with swaps used</source>
        <translation>تُرك النموذج الدقيق: %1 نقطة طلب × %2 موقعًا مرشحًا أكبر من أن يُحل في وقت معقول؛ استُخدمت الطريقة الجشعة مع التبديلات</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="76"/>
        <source>exact: maximal covering location model, solved by HiGHS (proven optimal)</source>
        <translation>دقيق: نموذج تحديد المواقع للتغطية القصوى، حلّه HiGHS (الحل الأمثل مُثبت)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="77"/>
        <source>exact: maximal covering location model, solved by HiGHS; stopped at the %1-second limit, at most %2 below the best possible</source>
        <translation>دقيق: نموذج تحديد المواقع للتغطية القصوى، حلّه HiGHS؛ توقف عند حد %1 ثانية، بفارق لا يزيد على %2 عن أفضل حل ممكن</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="79"/>
        <source>exact: maximal covering location model, solved by HiGHS; stopped at the %1-second limit with the sites found</source>
        <translation>دقيق: نموذج تحديد المواقع للتغطية القصوى، حلّه HiGHS؛ توقف عند حد %1 ثانية مع المواقع التي وُجدت</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="81"/>
        <source>roads from %1 (OpenStreetMap): no highway=* ways inside the analysis area; off-road speeds only</source>
        <translation>الطرق من %1 (OpenStreetMap): لا توجد طرق highway=* داخل منطقة التحليل؛ سرعات خارج الطرق فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="83"/>
        <source>roads from %1 (OpenStreetMap): %2 ways in the area (%3), speeds by highway class</source>
        <translation>الطرق من %1 (OpenStreetMap): %2 طريقًا في المنطقة (%3)، والسرعات حسب فئة highway</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="84"/>
        <source>off-road: walking at %1 km/h</source>
        <translation>خارج الطرق: سيرًا على الأقدام بسرعة %1 كم/س</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="85"/>
        <source>off-road walking slowed on slopes (Tobler&apos;s hiking function on the DEM)</source>
        <translation>المشي خارج الطرق أبطأ على المنحدرات (دالة Tobler للمشي على نموذج الارتفاع الرقمي)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="86"/>
        <source>roads from %1: speeds from its &apos;%2&apos; column</source>
        <translation>الطرق من %1: السرعات من عمود «%2» فيه</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="87"/>
        <source>roads from %1: speeds by &apos;%2&apos; class</source>
        <translation>الطرق من %1: السرعات حسب فئة «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="88"/>
        <source>roads from %1: no class column, every road at %2 km/h</source>
        <translation>الطرق من %1: لا يوجد عمود للفئة، كل الطرق بسرعة %2 كم/س</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="89"/>
        <source>road classes without a speed, given %1 km/h: %2</source>
        <translation>فئات طرق بلا سرعة، أُعطيت %1 كم/س: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="94"/>
        <source>give a distance or a time, such as 5km or 60min, more than zero.</source>
        <extracomment>Every problem a gap or suggestion request can have (InvalidRequest.problem, PlacementError&apos;s fixed texts).</extracomment>
        <translation>أدخل مسافة أو مدة أكبر من الصفر، مثل 5km أو 60min.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="95"/>
        <source>no such project file. Check the path.</source>
        <translation>ملف المشروع هذا غير موجود. تحقق من المسار.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="96"/>
        <source>choose a service type.</source>
        <translation>اختر نوع خدمة.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="97"/>
        <source>give a walking speed in km/h above 0 (5 is usual).</source>
        <translation>أدخل سرعة مشي بالكيلومتر في الساعة أكبر من 0 (المعتاد 5).</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="98"/>
        <source>give the land-cover raster too ({landcover}).</source>
        <translation>أدخل نقطية الغطاء الأرضي أيضًا ({landcover}).</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="99"/>
        <source>give the population table too ({population}).</source>
        <translation>أدخل جدول السكان أيضًا ({population}).</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="100"/>
        <source>no such file. Check the path.</source>
        <translation>هذا الملف غير موجود. تحقق من المسار.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="101"/>
        <source>give the grid cell size in metres, more than zero.</source>
        <translation>أدخل حجم خلية الشبكة بالأمتار، أكبر من الصفر.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="102"/>
        <source>write the gap table as .csv, .xlsx or .gpkg.</source>
        <translation>احفظ جدول الفجوات بصيغة ‎.csv أو ‎.xlsx أو ‎.gpkg.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="103"/>
        <source>ask for at least one new site.</source>
        <translation>اطلب موقعًا جديدًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="104"/>
        <source>choose greedy or exact.</source>
        <translation>اختر الجشعة أو الدقيقة.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="105"/>
        <source>give a file of points, &apos;areas&apos; or &apos;grid&apos;.</source>
        <translation>أدخل ملف نقاط، أو &apos;areas&apos; أو &apos;grid&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="106"/>
        <source>write the suggested sites as .csv, .xlsx or .gpkg.</source>
        <translation>احفظ المواقع المقترحة بصيغة ‎.csv أو ‎.xlsx أو ‎.gpkg.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="107"/>
        <source>give a COD-PS table (.csv/.xlsx) or a population raster (.tif); this project keeps none.</source>
        <translation>أدخل جدول COD-PS (‎.csv/.xlsx) أو نقطية سكان (‎.tif)؛ لا يحتفظ هذا المشروع بأي منهما.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="109"/>
        <source>no candidate sites to choose from.</source>
        <translation>لا توجد مواقع مرشحة للاختيار منها.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="110"/>
        <source>everyone analysed is already covered: there is no gap to close.</source>
        <translation>كل من شملهم التحليل مغطَّون بالفعل: لا توجد فجوة لسدّها.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="86"/>
        <location filename="../../desktop/coverage/words.py" line="115"/>
        <source>grid cell %1</source>
        <extracomment>Candidate sites mapping names by number (&quot;cell 12&quot; among grid cells, &quot;candidate 3&quot; from a file without names).</extracomment>
        <translation>خلية الشبكة %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/words.py" line="116"/>
        <source>candidate %1</source>
        <translation>الموقع المرشح %1</translation>
    </message>
</context>
<context>
    <name>GapPanel</name>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="67"/>
        <source>Find gaps</source>
        <extracomment>The type ticked when a project opens.</extracomment>
        <translation>البحث عن الفجوات</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="69"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="82"/>
        <source>Greedy (fast)</source>
        <translation>جشِع (سريع)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="83"/>
        <source>Exact (MCLP)</source>
        <translation>دقيق (MCLP)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="85"/>
        <source>among grid cells</source>
        <translation>من بين خلايا الشبكة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="86"/>
        <source>at area centres</source>
        <translation>في مراكز المناطق</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="87"/>
        <source>Suggest sites</source>
        <translation>اقتراح مواقع</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="90"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="91"/>
        <source>Save the type shown: its table (.xlsx, .csv), a GeoPackage with areas, catchments and bands, or its raster (.tif)</source>
        <translation>حفظ النوع المعروض: جدوله (.xlsx، .csv)، أو GeoPackage بالمناطق ونطاقات الخدمة والأحزمة، أو نقطيته (.tif)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="204"/>
        <source>Tick at least one service type.</source>
        <translation>اختر نوع خدمة واحداً على الأقل.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/coverage/panel.py" line="230"/>
        <source>Done: %n service type(s) analysed.</source>
        <translation>
            <numerusform>تم: حُلّل %n نوع خدمة.</numerusform>
            <numerusform>تم: حُلّل نوع خدمة واحد (%n).</numerusform>
            <numerusform>تم: حُلّل نوعا خدمة (%n).</numerusform>
            <numerusform>تم: حُلّلت %n أنواع خدمة.</numerusform>
            <numerusform>تم: حُلّل %n نوع خدمة.</numerusform>
            <numerusform>تم: حُلّل %n نوع خدمة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="234"/>
        <source>Analysing %1 (%2 of %3)…</source>
        <translation>جارٍ تحليل %1 (%2 من %3)…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="260"/>
        <source>Saved %s</source>
        <translation>حُفظ %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="270"/>
        <source>Cancelled. %1 of %2 service type(s) done; the results so far are kept.</source>
        <translation>أُلغي. اكتمل %1 من %2 من أنواع الخدمة؛ وحُفظت النتائج حتى الآن.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="113"/>
        <source>New sites</source>
        <translation>مواقع جديدة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="272"/>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="329"/>
        <source>Gap analysis</source>
        <translation>تحليل الفجوات</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="329"/>
        <source>The analysis failed: %s</source>
        <translation>فشل التحليل: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="126"/>
        <source>Analyse</source>
        <translation>تحليل</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="127"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="231"/>
        <location filename="../../desktop/coverage/panel.py" line="347"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="296"/>
        <source>Not started: gaps are counted in people, and this project has no population figures. Under “Population”, choose a table of the number of people in each area (.csv or .xlsx) or a population map (.tif). Tables for most countries are OCHA&apos;s subnational population statistics (COD-PS), free to download from HDX: data.humdata.org.</source>
        <translation>لم يبدأ التحليل: تُحسب الفجوات بعدد الأشخاص، وهذا المشروع لا يحتوي على أرقام للسكان. في خانة «السكان»، اختر جدولًا بعدد السكان في كل منطقة (.csv أو .xlsx) أو خريطة للسكان (.tif). لمعظم البلدان، هذه الجداول هي إحصاءات السكان دون الوطنية الصادرة عن أوتشا (COD-PS)، ويمكن تنزيلها مجانًا من HDX: data.humdata.org.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="304"/>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="348"/>
        <source>%1 within %2</source>
        <translation>%1 ضمن %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/coverage/panel.py" line="350"/>
        <source>Suggested %n site(s) for %1: numbered on the map, listed under “Suggested sites”.</source>
        <translation>
            <numerusform>اقتُرح %n موقع لـ %1: مرقّمة على الخريطة ومدرجة في «المواقع المقترحة».</numerusform>
            <numerusform>اقتُرح %n موقع لـ %1: مرقّمة على الخريطة ومدرجة في «المواقع المقترحة».</numerusform>
            <numerusform>اقتُرح %n موقع لـ %1: مرقّمة على الخريطة ومدرجة في «المواقع المقترحة».</numerusform>
            <numerusform>اقتُرح %n موقع لـ %1: مرقّمة على الخريطة ومدرجة في «المواقع المقترحة».</numerusform>
            <numerusform>اقتُرح %n موقع لـ %1: مرقّمة على الخريطة ومدرجة في «المواقع المقترحة».</numerusform>
            <numerusform>اقتُرح %n موقع لـ %1: مرقّمة على الخريطة ومدرجة في «المواقع المقترحة».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="352"/>
        <source>No new %1 site would cover anyone new.</source>
        <translation>لن يغطي أي موقع جديد (%1) أحدًا إضافيًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="244"/>
        <source>Suggesting sites for %1 within %2…</source>
        <translation>اقتراح مواقع لـ %1 ضمن %2…</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="269"/>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="324"/>
        <source>Stopped</source>
        <translation>توقف</translation>
    </message>
</context>
<context>
    <name>GapResults</name>
    <message>
        <location filename="../../desktop/coverage/results.py" line="73"/>
        <source>% of {kind} within {within}</source>
        <translation>نسبة {kind} ضمن {within}</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="74"/>
        <source>{Kind} beyond {within}</source>
        <translation>{Kind} أبعد من {within}</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="75"/>
        <source>Distance to the nearest service</source>
        <translation>المسافة إلى أقرب خدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="76"/>
        <source>Travel time to the nearest service</source>
        <translation>زمن الوصول إلى أقرب خدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="77"/>
        <source>no population</source>
        <translation>لا سكان</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="78"/>
        <source>covered</source>
        <translation>مشمولون</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="79"/>
        <source>beyond the threshold</source>
        <translation>أبعد من الحد</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="80"/>
        <source>rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="81"/>
        <source>Services of this type (confidential ones are not shown)</source>
        <translation>خدمات من هذا النوع (لا تظهر الخدمات السرية)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="82"/>
        <source>Suggested site</source>
        <translation>موقع مقترح</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="83"/>
        <source>adds</source>
        <translation>يضيف</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="64"/>
        <location filename="../../desktop/coverage/results.py" line="157"/>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>% covered</source>
        <translation>% مشمولون</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="158"/>
        <location filename="../../desktop/coverage/results.py" line="280"/>
        <source>Children out of reach</source>
        <translation>أطفال خارج النطاق</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="164"/>
        <source>Distance / travel-time bands</source>
        <translation>أحزمة المسافة / زمن الوصول</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>Service type</source>
        <translation>نوع الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>Within</source>
        <translation>ضمن</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>In scope</source>
        <translation>ضمن النطاق</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="63"/>
        <location filename="../../desktop/coverage/results.py" line="171"/>
        <source>Covered</source>
        <translation>مشمولون</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="172"/>
        <source>Beyond</source>
        <translation>خارج الحد</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="197"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="183"/>
        <location filename="../../desktop/coverage/results.py" line="202"/>
        <source>Suggested sites</source>
        <translation>المواقع المقترحة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="203"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="209"/>
        <source>Showing</source>
        <translation>المعروض</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="214"/>
        <source>Colour areas by</source>
        <translation>تلوين المناطق حسب</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="276"/>
        <source>Children in scope: %s — covered: %s (%s%%) — beyond %s: %s</source>
        <translation>الأطفال ضمن النطاق: %s — المشمولون: %s (%s%%) — أبعد من %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="277"/>
        <source>People in scope: %s — covered: %s (%s%%) — beyond %s: %s</source>
        <translation>السكان ضمن النطاق: %s — المشمولون: %s (%s%%) — أبعد من %s: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="280"/>
        <source>People out of reach</source>
        <translation>أشخاص خارج النطاق</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="281"/>
        <source>Travel-time bands</source>
        <translation>أحزمة زمن الوصول</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="281"/>
        <source>Distance bands</source>
        <translation>أحزمة المسافة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="286"/>
        <source>adds %s %s (total %s)</source>
        <translation>يضيف %s %s (المجموع %s)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="60"/>
        <source>Rank</source>
        <extracomment>For pyside6-lupdate, which reads only literal calls.</extracomment>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="60"/>
        <source>P-code</source>
        <translation>الرمز P</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="61"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="61"/>
        <source>Part of</source>
        <translation>تابعة لـ</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="62"/>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="63"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="64"/>
        <source>Beyond %1</source>
        <translation>أبعد من %1</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="65"/>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="65"/>
        <source>Median to a service (%1)</source>
        <translation>الوسيط حتى خدمة (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="66"/>
        <source>Farthest (%1)</source>
        <translation>الأبعد (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="66"/>
        <source>From the centre (%1)</source>
        <translation>من المركز (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="67"/>
        <source>Nearest service</source>
        <translation>أقرب خدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="84"/>
        <location filename="../../desktop/coverage/words.py" line="142"/>
        <source>children</source>
        <translation>أطفال</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="85"/>
        <location filename="../../desktop/coverage/words.py" line="144"/>
        <source>people</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="174"/>
        <source>Overview of the types analysed</source>
        <translation>نظرة عامة على الأنواع المحللة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="179"/>
        <source>Areas, most people out of reach first</source>
        <translation>المناطق، الأكثر أشخاصًا خارج الوصول أولًا</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="185"/>
        <source>Notes on the analysis</source>
        <translation>ملاحظات على التحليل</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="193"/>
        <source>Click an area to outline it on the main map; double-click to see it on this map</source>
        <translation>انقر منطقة لتحديدها على الخريطة الرئيسية؛ انقر مرتين لرؤيتها على هذه الخريطة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="195"/>
        <source>Areas</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="196"/>
        <source>Map</source>
        <translation>الخريطة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/results.py" line="289"/>
        <source>New sites for %1:</source>
        <translation>مواقع جديدة لـ %1:</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="54"/>
        <source>%n imported</source>
        <translation>
            <numerusform>%n مستوردة</numerusform>
            <numerusform>%n مستوردة</numerusform>
            <numerusform>%n مستوردة</numerusform>
            <numerusform>%n مستوردة</numerusform>
            <numerusform>%n مستوردة</numerusform>
            <numerusform>%n مستوردة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="55"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n محدّثة</numerusform>
            <numerusform>%n محدّثة</numerusform>
            <numerusform>%n محدّثة</numerusform>
            <numerusform>%n محدّثة</numerusform>
            <numerusform>%n محدّثة</numerusform>
            <numerusform>%n محدّثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="56"/>
        <source>%n duplicate</source>
        <translation>
            <numerusform>%n مكررة</numerusform>
            <numerusform>%n مكررة</numerusform>
            <numerusform>%n مكررة</numerusform>
            <numerusform>%n مكررة</numerusform>
            <numerusform>%n مكررة</numerusform>
            <numerusform>%n مكررة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="57"/>
        <source>%n not-a-service</source>
        <translation>
            <numerusform>%n ليست خدمة</numerusform>
            <numerusform>%n ليست خدمة</numerusform>
            <numerusform>%n ليست خدمة</numerusform>
            <numerusform>%n ليست خدمة</numerusform>
            <numerusform>%n ليست خدمة</numerusform>
            <numerusform>%n ليست خدمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard_report.py" line="58"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
            <numerusform>%n مرفوضة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="18"/>
        <source>Record ID</source>
        <extracomment>Each field&apos;s English label (as importers.columns.FIELDS writes it), marked for pyside6-lupdate.</extracomment>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="19"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="20"/>
        <source>Organisation (other, specify)</source>
        <translation>المنظمة (أخرى، حدّد)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="21"/>
        <source>Lead / funding organisation</source>
        <translation>المنظمة الرائدة / الممولة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="22"/>
        <source>Service name</source>
        <translation>اسم الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="23"/>
        <source>Service type(s)</source>
        <translation>نوع (أنواع) الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="24"/>
        <source>Service type (other, specify)</source>
        <translation>نوع الخدمة (أخرى، حدّد)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="25"/>
        <source>Sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="26"/>
        <source>Sub-sector</source>
        <translation>القطاع الفرعي</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="27"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="28"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="29"/>
        <source>Remarks</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="30"/>
        <source>Admin 1 name</source>
        <translation>اسم المستوى الإداري 1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="31"/>
        <source>Admin 2 name</source>
        <translation>اسم المستوى الإداري 2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="32"/>
        <source>Admin 3 name</source>
        <translation>اسم المستوى الإداري 3</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="33"/>
        <source>Admin 4 name</source>
        <translation>اسم المستوى الإداري 4</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="34"/>
        <source>Admin 1 P-code</source>
        <translation>الرمز P للمستوى الإداري 1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="35"/>
        <source>Admin 2 P-code</source>
        <translation>الرمز P للمستوى الإداري 2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="36"/>
        <source>Admin 3 P-code</source>
        <translation>الرمز P للمستوى الإداري 3</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="37"/>
        <source>Admin 4 P-code</source>
        <translation>الرمز P للمستوى الإداري 4</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="38"/>
        <source>Site / facility</source>
        <translation>الموقع / المرفق</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="39"/>
        <source>Location / camp</source>
        <translation>المكان / المخيم</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="40"/>
        <source>Block / zone</source>
        <translation>المربع / المنطقة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="41"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="42"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="43"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="44"/>
        <source>Coordinates (lat, lon)</source>
        <translation>الإحداثيات (عرض، طول)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="45"/>
        <source>Focal person</source>
        <translation>الشخص المسؤول</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="46"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="47"/>
        <source>More phone numbers</source>
        <translation>أرقام هاتف أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="48"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="49"/>
        <source>More e-mail addresses</source>
        <translation>عناوين بريد إلكتروني أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="50"/>
        <source>Opening hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="51"/>
        <source>Ages</source>
        <translation>الأعمار</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="52"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="53"/>
        <source>Target group</source>
        <translation>الفئة المستهدفة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="54"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="55"/>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="56"/>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="57"/>
        <source>Intake criteria</source>
        <translation>معايير القبول</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="58"/>
        <source>Referral method</source>
        <translation>طريقة الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="59"/>
        <source>Response time</source>
        <translation>وقت الاستجابة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="60"/>
        <source>Feedback channel</source>
        <translation>قناة الملاحظات والشكاوى</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="61"/>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="62"/>
        <source>Location may be shared (yes/no)</source>
        <translation>يمكن مشاركة الموقع (نعم/لا)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="63"/>
        <source>Capacity</source>
        <translation>السعة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="64"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="65"/>
        <source>Last verified</source>
        <translation>آخر تحقق</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="66"/>
        <source>Keep as extra field</source>
        <translation>الاحتفاظ به كحقل إضافي</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="67"/>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="72"/>
        <source>header</source>
        <extracomment>How the wizard found a column&apos;s field (``ColumnMap.how``), as its column step says it.</extracomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="73"/>
        <source>HXL tag</source>
        <translation>وسم HXL</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="74"/>
        <source>header, nearly</source>
        <translation>العنوان، تقريباً</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="75"/>
        <source>what it holds</source>
        <translation>محتواه</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="76"/>
        <source>saved layout</source>
        <translation>تخطيط محفوظ</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="77"/>
        <source>your choice</source>
        <translation>اختيارك</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/field_words.py" line="78"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../desktop/importing/history.py" line="43"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="43"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="44"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="50"/>
        <source>Import history</source>
        <translation>سجل الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="90"/>
        <source>Open a project to see the imports made into it.</source>
        <translation>افتح مشروعاً لترى عمليات الاستيراد إليه.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="95"/>
        <source>No imports recorded in this project yet.</source>
        <translation>لا توجد عمليات استيراد مسجلة في هذا المشروع بعد.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="96"/>
        <source>One import recorded in this project. Choose it to see its report.</source>
        <translation>عملية استيراد واحدة مسجلة في هذا المشروع. اخترها لترى تقريرها.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="97"/>
        <source>{0} imports recorded in this project. Choose one to see its report.</source>
        <translation>{0} عمليات استيراد مسجلة في هذا المشروع. اختر واحدة لترى تقريرها.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/history.py" line="56"/>
        <source>Past imports</source>
        <translation>عمليات الاستيراد السابقة</translation>
    </message>
</context>
<context>
    <name>ImportMessages</name>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="31"/>
        <source>cell %1 held %2; that value was left out</source>
        <extracomment>Every sentence importers/ (and directory.safe_text) can put in a row&apos;s messages or a file&apos;s notes.</extracomment>
        <translation>كانت الخلية %1 تحتوي على %2؛ استُبعدت هذه القيمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="32"/>
        <source>cell %1 holds %2 characters; only the first %3 were kept</source>
        <translation>تحتوي الخلية %1 على %2 حرف؛ احتُفظ بأول %3 حرف فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="33"/>
        <source>%1 held %2, which can make a name or a phone number read differently from what it is; removed</source>
        <translation>كان في %1 %2، وقد يجعل ذلك الاسم أو رقم الهاتف يُقرأ على غير حقيقته؛ أُزيل</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="35"/>
        <source>blank row</source>
        <translation>صف فارغ</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="36"/>
        <source>the table&apos;s header again, not a service</source>
        <translation>عنوان الجدول مكرر، وليس خدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="37"/>
        <source>a second header row (the headers in another language), not a service</source>
        <translation>صف عناوين ثانٍ (العناوين بلغة أخرى)، وليس خدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="38"/>
        <source>a total (&apos;%1&apos;), not a service</source>
        <translation>مجموع («%1»)، وليس خدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="39"/>
        <source>a note or total (&apos;%1&apos;), not a service</source>
        <translation>ملاحظة أو مجموع («%1»)، وليس خدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="40"/>
        <source>a focal point&apos;s contact (&apos;%1&apos;), not a service</source>
        <translation>بيانات اتصال بنقطة اتصال («%1»)، وليست خدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="41"/>
        <source>the rest of row %1 (%2), split over two rows (as a PDF converted to a sheet does): read with that row</source>
        <translation>بقية الصف %1 (%2)، مقسومة على صفين (كما يحدث عند تحويل ملف PDF إلى جدول): قُرئت مع ذلك الصف</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="43"/>
        <source>an activity (&apos;%1&apos;): a training, meeting, distribution or campaign, not a service people can be referred to</source>
        <translation>نشاط («%1»): تدريب أو اجتماع أو توزيع أو حملة، وليس خدمة يمكن إحالة الأشخاص إليها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="45"/>
        <source>a test entry (&apos;%1&apos;), not a service; if it is a real service, write its real name and import again</source>
        <translation>إدخال تجريبي («%1»)، وليس خدمة؛ إذا كانت خدمة حقيقية، فاكتب اسمها الحقيقي واستورد مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="47"/>
        <source>the template&apos;s example row (&apos;%1&apos;), not a service</source>
        <translation>صف المثال في النموذج («%1»)، وليس خدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="48"/>
        <source>none of the service columns of row %1 is marked (&apos;%2&apos;): not a service</source>
        <translation>لم يُعلَّم أي من أعمدة الخدمات في الصف %1 («%2»): ليست خدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="49"/>
        <source>no organisation offers it here (&apos;%1&apos;): a gap the list notes, not a service</source>
        <translation>لا تقدمها أي منظمة هنا («%1»): فجوة تذكرها القائمة، وليست خدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="50"/>
        <source>names no service (&apos;%1&apos;): not imported as one. If it is a service, write its organisation and type, and import again</source>
        <translation>لا يذكر أي خدمة («%1»): لم يُستورد كخدمة. إن كان خدمة، فاكتب منظمته ونوعه ثم استورد مجددًا</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="52"/>
        <source>a heading (&apos;%1&apos;): the organisation of the services under it</source>
        <translation>عنوان («%1»): المنظمة التي تقدم الخدمات الواردة تحته</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="53"/>
        <source>a heading (&apos;%1&apos;): the service type of the rows under it</source>
        <translation>عنوان فرعي («%1»): نوع الخدمة للصفوف التي تحته</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="54"/>
        <source>only an organisation (&apos;%1&apos;), nothing of a service: not imported. If it offers one, write what it offers in row %2 and import again</source>
        <translation>منظمة فقط («%1») دون أي خدمة: لم تُستورد. إن كانت تقدم خدمة، فاكتب ما تقدمه في الصف %2 ثم استورد مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="56"/>
        <source>other services of this list are at its place and show it on maps and pathways: %1. Mark them confidential too in the import wizard, or give them their own address</source>
        <translation>توجد خدمات أخرى من هذه القائمة في مكانها وتُظهره على الخرائط ومسارات الإحالة: %1. اجعلها سرية أيضاً في معالج الاستيراد، أو أعطها عنواناً خاصاً بها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="59"/>
        <source>services already in the project are at its place and show it on maps and pathways: %1. Mark them confidential too in the services panel, or give them their own address</source>
        <translation>توجد خدمات موجودة في المشروع في مكانها وتُظهره على الخرائط ومسارات الإحالة: %1. اجعلها سرية أيضاً في لوحة الخدمات، أو أعطها عنواناً خاصاً بها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="62"/>
        <source>it is at the place of &apos;%1&apos;, a confidential service already in the project, and would show that place on maps and pathways. Mark it confidential in the import wizard, or give it its own address</source>
        <translation>هي في مكان &apos;%1&apos;، وهي خدمة سرية موجودة في المشروع، وستُظهر ذلك المكان على الخرائط ومسارات الإحالة. اجعلها سرية في معالج الاستيراد، أو أعطها عنواناً خاصاً بها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="66"/>
        <source>no service name in row %1: named &apos;%2&apos; from what the row says; write its name in the service name column if it has one</source>
        <translation>لا يوجد اسم خدمة في الصف %1: سُمّيت «%2» مما يقوله الصف؛ إن كان لها اسم فاكتبه في عمود اسم الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="68"/>
        <source>nothing in row %1 says what the service is: write it in one of the row&apos;s cells (or choose the column that says it in the import wizard&apos;s column step) and import again</source>
        <translation>لا شيء في الصف %1 يذكر ما هي الخدمة: اكتبها في إحدى خلايا الصف (أو اختر العمود الذي يذكرها في خطوة الأعمدة من معالج الاستيراد) ثم استورد مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="71"/>
        <source>no organisation: fill in the &apos;organisation&apos; column of row %1 and import again</source>
        <translation>لا توجد منظمة: املأ عمود «المنظمة» في الصف %1 ثم استورد مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="72"/>
        <source>no service name: fill in the &apos;service name&apos; column of row %1 and import again</source>
        <translation>لا يوجد اسم خدمة: املأ عمود «اسم الخدمة» في الصف %1 ثم استورد مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="74"/>
        <source>service record %1 has no %2; fix it in the source system</source>
        <translation>سجل الخدمة %1 ليس فيه %2؛ صحّحه في النظام المصدر</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="76"/>
        <source>same service as sheet &apos;%1&apos; row %2; merged into it</source>
        <translation>الخدمة نفسها الموجودة في الورقة «%1» الصف %2؛ دُمجت معها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="77"/>
        <source>same service as row %1; merged into it</source>
        <translation>الخدمة نفسها الموجودة في الصف %1؛ دُمجت معها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="78"/>
        <source>same service id as record %1; left out</source>
        <translation>معرّف الخدمة نفسه الموجود في السجل %1؛ استُبعد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="79"/>
        <source>already in the project: no change</source>
        <translation>موجودة في المشروع: لا تغيير</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="80"/>
        <source>already in the project: its record was updated</source>
        <translation>موجودة في المشروع: حُدّث سجلها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="82"/>
        <source>service type not recognised in its text (&apos;%1&apos;): choose its types in the service editor, or teach the words with Tools › Service types… in the desktop (or &apos;servicemap teach&apos; and &apos;servicemap retype&apos;)</source>
        <translation>لم يُتعرّف على نوع الخدمة في نصها («%1»): اختر أنواعها في محرر الخدمة، أو علّم ServiceMap هذه الكلمات من أدوات › أنواع الخدمات… (أو «servicemap teach» و«servicemap retype»)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="85"/>
        <source>service type &apos;%1&apos; left out: the row&apos;s text says it is suspended or not offered; check it</source>
        <translation>استُبعد نوع الخدمة «%1»: يقول نص الصف إنها معلّقة أو غير مقدَّمة؛ تحقّق من ذلك</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="87"/>
        <source>service type &apos;%1&apos; kept although the row&apos;s text says a part of it is not offered: its column is marked as offered in part; check it</source>
        <translation>أُبقي نوع الخدمة «%1» مع أن نص الصف يقول إن جزءًا منها غير مقدَّم: عمودها يعلّمها مقدَّمة جزئيًا؛ تحقّق من ذلك</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="89"/>
        <source>service type &apos;%1&apos; was read from the %2 only (not a usual type of its sector); check it</source>
        <translation>قُرئ نوع الخدمة «%1» من %2 فقط (وهو ليس نوعًا معتادًا في قطاعها)؛ تحقّق منه</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="91"/>
        <source>service type &apos;%1&apos; was read from the %2 only; check it</source>
        <translation>قُرئ نوع الخدمة «%1» من %2 فقط؛ تحقّق منه</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="92"/>
        <source>service type &apos;%1&apos; not recognised; add it as a synonym or fix the cell</source>
        <translation>لم يُتعرّف على نوع الخدمة «%1»؛ أضفه كمرادف أو صحّح الخلية</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="93"/>
        <source>no service type recognised; set one in ServiceMap</source>
        <translation>لم يُتعرّف على أي نوع خدمة؛ حدّد نوعًا في ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="95"/>
        <source>marked confidential by the user in the import wizard</source>
        <translation>وسمه المستخدم بأنه سرّي في معالج الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="96"/>
        <source>the user confirmed it is not confidential in the import wizard</source>
        <translation>أكّد المستخدم في معالج الاستيراد أنه ليس سرّيًا</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="97"/>
        <source>row %1 holds several services (a grid&apos;s cells), so the import wizard&apos;s &apos;not confidential&apos; was not applied to them; if this one may be shown, mark it not confidential in the service editor after the import</source>
        <translation>يحتوي الصف %1 على عدة خدمات (خلايا جدول شبكي)، لذلك لم يُطبَّق عليها «غير سري» الذي اخترته في معالج الاستيراد؛ إن جاز إظهار هذه الخدمة فعلّمها غير سرية في محرر الخدمات بعد الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="100"/>
        <source>marked confidential because it is a %1 service: its point, address and site will not be shown, although its Confidential column says &apos;%2&apos;. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>وُسم بأنه سرّي لأنه خدمة من نوع %1: لن تُعرض نقطته وعنوانه وموقعه، رغم أن عمود «سري» فيه يقول «%2». إن كان يجوز عرضه فاوسمه بأنه غير سرّي في معالج الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="103"/>
        <source>marked confidential because it is a %1 service: its point, address and site will not be shown. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>وُسم بأنه سرّي لأنه خدمة من نوع %1: لن تُعرض نقطته وعنوانه وموقعه. إن كان يجوز عرضه فاوسمه بأنه غير سرّي في معالج الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="106"/>
        <source>marked confidential because its column &apos;%1&apos; says &apos;%2&apos;: its point, address and site will not be shown</source>
        <translation>وُسم بأنه سرّي لأن عمود «%1» فيه يقول «%2»: لن تُعرض نقطته وعنوانه وموقعه</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="108"/>
        <source>marked confidential because its %1 says &apos;%2&apos; although its Confidential column says &apos;%3&apos;; its point, address and site will not be shown. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>وُسم بأنه سرّي لأن حقل «%1» فيه يقول «%2» رغم أن عمود «سري» فيه يقول «%3»؛ لن تُعرض نقطته وعنوانه وموقعه. إن كان يجوز عرضه فاوسمه بأنه غير سرّي في معالج الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="111"/>
        <source>marked confidential because its %1 says &apos;%2&apos;; its point, address and site will not be shown. If it may be shown, mark it not confidential in the import wizard</source>
        <translation>وُسم بأنه سرّي لأن حقل «%1» فيه يقول «%2»؛ لن تُعرض نقطته وعنوانه وموقعه. إن كان يجوز عرضه فاوسمه بأنه غير سرّي في معالج الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="114"/>
        <source>not marked confidential although it is a %1 service: its text says it is for &apos;%2&apos; and names nobody at risk. If its location must stay secret, mark it confidential in the import wizard</source>
        <translation>لم يوسم بأنه سرّي رغم أنه خدمة من نوع %1: يقول نصه إنه موجّه إلى «%2» ولا يذكر أحدًا معرّضًا للخطر. إن كان يجب أن يبقى موقعه سرًّا فاوسمه بأنه سرّي في معالج الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="118"/>
        <source>status &apos;%1&apos; not understood; recorded as active</source>
        <translation>لم تُفهم الحالة «%1»؛ سُجّلت نشطة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="119"/>
        <source>status &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>الحالة «%1»: سُجّلت %2، لذا تستبعدها مسارات الإحالة؛ إن كانت الخدمة تُقدَّم اليوم فاجعل حالتها نشطة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="121"/>
        <source>its text says &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>يقول نصّها «%1»: سُجّلت %2، لذا تستبعدها مسارات الإحالة؛ إن كانت الخدمة تُقدَّم اليوم فاجعل حالتها نشطة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="123"/>
        <source>its remarks start with &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>تبدأ ملاحظاتها بـ«%1»: سُجّلت %2، لذا تستبعدها مسارات الإحالة؛ إن كانت الخدمة تُقدَّم اليوم فاجعل حالتها نشطة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="125"/>
        <source>its service columns say &apos;%1&apos;, not marked: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>تقول أعمدة الخدمات فيه &apos;%1&apos; بدل العلامة: سُجّل على أنه %2، فلا تذكره مسارات الإحالة؛ إن كانت الخدمة متاحة اليوم فاجعل حالتها نشطة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="127"/>
        <source>under the heading &apos;%1&apos;: recorded as %2, so pathways leave it out; if it is offered today, set its status to active</source>
        <translation>تحت العنوان &apos;%1&apos;: سُجّل على أنه %2، فتُغفله مسارات الإحالة؛ إن كان مقدَّماً اليوم، فاجعل حالته نشطة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="129"/>
        <source>a heading (&apos;%1&apos;): the status of the rows under it</source>
        <translation>عنوان (&apos;%1&apos;): حالة الصفوف التي تحته</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="131"/>
        <source>coordinates &apos;%1&apos; not understood; the site is left unplaced</source>
        <translation>لم تُفهم الإحداثيات «%1»؛ تُرك الموقع دون تحديد مكانه</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="132"/>
        <source>coordinates &apos;%1&apos;, &apos;%2&apos; not understood; the site is left unplaced</source>
        <translation>لم تُفهم الإحداثيات «%1»، «%2»؛ تُرك الموقع دون تحديد مكانه</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="133"/>
        <source>latitude and longitude were swapped; put right</source>
        <translation>كان خط العرض وخط الطول مقلوبين؛ صُحّح ذلك</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="134"/>
        <source>coordinates 0, 0 treated as missing</source>
        <translation>عوملت الإحداثيات 0، 0 على أنها غير موجودة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="135"/>
        <source>coordinates %1, %2 are out of range; treated as missing</source>
        <translation>الإحداثيات %1، %2 خارج النطاق؛ عوملت على أنها غير موجودة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="136"/>
        <source>coordinates %1, %2: %3; put right to %4, %5</source>
        <translation>الإحداثيات %1، %2: %3؛ صُحّحت إلى %4، %5</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="137"/>
        <source>coordinates read from its %1</source>
        <translation>قُرئت الإحداثيات من حقل «%1» فيه</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="138"/>
        <source>coordinates read as UTM zone %1 metres</source>
        <translation>قُرئت الإحداثيات بالأمتار وفق UTM في النطاق %1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="139"/>
        <source>coordinates &apos;%1&apos; are UTM metres without a zone; write the zone (e.g. &apos;UTM 30N X: 707383 Y: 1448371&apos;) or the point in degrees</source>
        <translation>الإحداثيات &apos;%1&apos; أمتار UTM بلا نطاق؛ اكتب النطاق (مثل &apos;UTM 30N X: 707383 Y: 1448371&apos;) أو النقطة بالدرجات</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="141"/>
        <source>coordinates &apos;%1&apos; are UTM metres that no single zone places in the project&apos;s country; write the zone (e.g. &apos;UTM 30N&apos;) or the point in degrees</source>
        <translation>الإحداثيات &apos;%1&apos; أمتار UTM لا يضعها أي نطاق واحد داخل بلد المشروع؛ اكتب النطاق (مثل &apos;UTM 30N&apos;) أو النقطة بالدرجات</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="143"/>
        <source>its point (%1, %2) lies outside every area of the project&apos;s boundaries: check the coordinates (latitude and longitude swapped, a digit or a minus sign wrong), or whether the row is a test</source>
        <translation>نقطته (%1، %2) تقع خارج كل مناطق حدود المشروع: تحقّق من الإحداثيات (خط العرض وخط الطول مقلوبان، أو رقم أو علامة سالب خاطئة)، أو ما إذا كان الصف تجربة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="147"/>
        <source>phone &apos;%1&apos; is neither a full number nor a short code; kept as typed</source>
        <translation>الهاتف «%1» ليس رقمًا كاملًا ولا رقمًا مختصرًا؛ احتُفظ به كما كُتب</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="148"/>
        <source>phone &apos;%1&apos; is not a valid number; kept as typed</source>
        <translation>الهاتف «%1» ليس رقمًا صالحًا؛ احتُفظ به كما كُتب</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="149"/>
        <source>e-mail &apos;%1&apos; is not a valid address; left out</source>
        <translation>البريد الإلكتروني «%1» ليس عنوانًا صالحًا؛ استُبعد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="150"/>
        <source>ages &apos;%1&apos; read as 0–17</source>
        <translation>قُرئت الأعمار «%1» على أنها 0–17</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="151"/>
        <source>ages &apos;%1&apos; not understood; kept in the description</source>
        <translation>لم تُفهم الأعمار «%1»؛ احتُفظ بها في الوصف</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="152"/>
        <source>language &apos;%1&apos; not recognised; kept as written</source>
        <translation>لم يُتعرّف على اللغة «%1»؛ احتُفظ بها كما كُتبت</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="153"/>
        <source>date &apos;%1&apos; not understood; left empty</source>
        <translation>لم يُفهم التاريخ «%1»؛ تُرك فارغًا</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="154"/>
        <source>cell %1: the date &apos;%2&apos; could be read either way; it was read %3, but other dates in this sheet disagree</source>
        <translation>الخلية %1: يمكن قراءة التاريخ «%2» بالطريقتين؛ قُرئ %3، لكن تواريخ أخرى في هذه الورقة تخالف ذلك</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="156"/>
        <source>a service_at_location without its location; left out</source>
        <translation>عنصر service_at_location دون location الخاص به؛ استُبعد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="158"/>
        <source>read the table &apos;%1&apos; inside the zip file</source>
        <translation>قُرئ الجدول «%1» من داخل ملف zip</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="159"/>
        <source>the file is an .%1 workbook named %2; read as .%3</source>
        <translation>الملف مصنف .%1 باسم ينتهي بـ %2؛ قُرئ على أنه .%3</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="160"/>
        <source>the file is an .%1 workbook without a name ending; read as .%2</source>
        <translation>الملف مصنف .%1 دون امتداد في اسمه؛ قُرئ على أنه .%2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="161"/>
        <source>the file is a text table (CSV), not an .%1 workbook, although it is named %2; read as text</source>
        <translation>الملف جدول نصي (CSV) وليس مصنف .%1، رغم أن اسمه ينتهي بـ %2؛ قُرئ كنص</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="163"/>
        <source>sheet &apos;%1&apos;: %2 formula cells were saved without their values (the file was written by a program, not Excel); those values are missing. Open the file in Excel or LibreOffice, save it, and import it again to get them.</source>
        <translation>الورقة «%1»: حُفظت %2 خلية صيغة دون قيمها (كتب الملفَّ برنامجٌ وليس Excel)؛ هذه القيم مفقودة. افتح الملف في Excel أو LibreOffice واحفظه ثم استورده مرة أخرى للحصول عليها.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="166"/>
        <source>sheet &apos;%1&apos;: column %2 (&apos;%3&apos;) was read as %4 from what it holds; if that is wrong, choose its field in the import wizard&apos;s column step.</source>
        <translation>الورقة «%1»: قُرئ العمود %2 («%3») على أنه «%4» بحسب محتواه؛ إن كان ذلك خطأ فاختر حقله في خطوة الأعمدة من معالج الاستيراد.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="168"/>
        <source>sheet &apos;%1&apos;: services are grouped under heading rows that name their organisation (row %2: &apos;%3&apos;); each heading is read as the organisation of the rows under it that name none.</source>
        <translation>الورقة «%1»: الخدمات مجمّعة تحت صفوف عناوين تذكر منظمتها (الصف %2: «%3»)؛ يُقرأ كل عنوان على أنه منظمة الصفوف التي تحته ولا تذكر منظمة.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="171"/>
        <source>sheet &apos;%1&apos;: the organisation is written once over the rows of its services (row %2 has none, under &apos;%3&apos;); a service row with no organisation right under another service is read as that one&apos;s organisation.</source>
        <translation>الورقة «%1»: تُكتب الجهة مرة واحدة فوق صفوف خدماتها (الصف %2 بلا جهة، تحت «%3»)؛ صف الخدمة الذي لا جهة له تحت خدمة أخرى مباشرة يُقرأ بجهة تلك الخدمة.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="174"/>
        <source>no organisation in row %1: read as &apos;%2&apos;, the organisation of the row above (the list writes each organisation once, over its services); if it is another one, write it in and import again</source>
        <translation>لا جهة في الصف %1: قُرئت «%2»، جهة الصف الذي فوقه (تكتب القائمة كل جهة مرة واحدة فوق خدماتها)؛ إن كانت جهة أخرى فاكتبها وأعد الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="177"/>
        <source>sheet &apos;%1&apos; holds tables side by side; each is read on its own, as %2</source>
        <translation>الورقة &apos;%1&apos; تحتوي على جداول متجاورة؛ يُقرأ كل منها على حدة، باسم %2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="178"/>
        <source>sheet &apos;%1&apos; is a referral pathway kept as a grid (a row for each service type, a column for each of %2 organisations): each of its %3 cells that offers a service is read as a service of its column&apos;s organisation, on its service type&apos;s row</source>
        <translation>الورقة «%1» مسار إحالة محفوظ في جدول شبكي (صف لكل نوع خدمة، وعمود لكل واحدة من %2 جهات): كل خلية من خلاياه الـ%3 التي تقدّم خدمة تُقرأ خدمةً لجهة عمودها، في صف نوع خدمتها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="182"/>
        <source>sheet &apos;%1&apos;: cell %2 (&apos;%3&apos;) refers people elsewhere or names no offer: no service of &apos;%4&apos; is read from it</source>
        <translation>الورقة «%1»: الخلية %2 («%3») تحيل إلى جهة أخرى أو لا تذكر خدمة مقدَّمة: لم تُقرأ منها أي خدمة لـ«%4»</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="184"/>
        <source>sheet &apos;%1&apos; is a directory of blocks of &apos;label: value&apos; lines; each block is read as one service, on the row of its service line</source>
        <translation>الورقة &apos;%1&apos; دليل من كتل أسطر &apos;تسمية: قيمة&apos;؛ تُقرأ كل كتلة كخدمة واحدة، في صف سطر الخدمة فيها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="186"/>
        <source>the &apos;%1&apos; line of the service in row %2</source>
        <translation>سطر &apos;%1&apos; للخدمة في الصف %2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="187"/>
        <source>sheet &apos;%1&apos;: the service type codes (1, 2 …) were read with the legend on sheet &apos;%2&apos;</source>
        <translation>الورقة &apos;%1&apos;: قُرئت رموز نوع الخدمة (1، 2 …) وفق دليل الرموز في الورقة &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="189"/>
        <source>sheet &apos;%1&apos;: no column names the organisation; the line above its header names it (&apos;%2&apos;), for every row</source>
        <translation>الورقة &apos;%1&apos;: لا يوجد عمود يذكر المنظمة؛ السطر الذي فوق رأس الجدول يذكرها (&apos;%2&apos;)، لكل صف</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="191"/>
        <source>sheet &apos;%1&apos;: no column names the organisation; the workbook keeps one sheet per organisation, so each row&apos;s organisation is the sheet&apos;s name</source>
        <translation>الورقة &apos;%1&apos;: لا يوجد عمود يذكر المنظمة؛ المصنف يخصص ورقة لكل منظمة، لذا فمنظمة كل صف هي اسم الورقة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="193"/>
        <source>sheet &apos;%1&apos;: no column names the organisation: each service&apos;s organisation is read from its name (&apos;BRAC – Child Friendly Space&apos; gives BRAC), else is its name, and rows that name no service are left out. If a column holds the organisations, choose &apos;Organisation&apos; for it in the import wizard&apos;s column step and import again.</source>
        <translation>الورقة «%1»: لا يوجد عمود يذكر المنظمة: تُقرأ منظمة كل خدمة من اسمها («BRAC – Child Friendly Space» تعطي BRAC)، وإلا فهي اسمها، وتُترك الصفوف التي لا تذكر أي خدمة. إن كان أحد الأعمدة يحوي المنظمات، فاختر له «المنظمة» في خطوة الأعمدة من معالج الاستيراد ثم استورد مجددًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="198"/>
        <source>sheet &apos;%1&apos;: no column says what each service is (a service name, type or activity): each service is typed from the sheet&apos;s name and its text. If a column holds the services, choose &apos;Service type(s)&apos; for it in the import wizard&apos;s column step and import again.</source>
        <translation>الورقة «%1»: لا يوجد عمود يذكر ما هي كل خدمة (اسم خدمة أو نوع أو نشاط): يُحدَّد نوع كل خدمة من اسم الورقة ومن نصها. إن كان أحد الأعمدة يحتوي على الخدمات فاختر له «Service type(s)» في خطوة الأعمدة من معالج الاستيراد ثم استورد مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="202"/>
        <source>sheet &apos;%1&apos;: no column says what each service is (a service name, type or activity): each service is named from its first text and typed from all its text. If a column holds the services, choose &apos;Service type(s)&apos; for it in the import wizard&apos;s column step and import again.</source>
        <translation>الورقة «%1»: لا يوجد عمود يذكر ما هي كل خدمة (اسم خدمة أو نوع أو نشاط): تُسمّى كل خدمة من أول نص فيها ويُحدَّد نوعها من كل نصها. إن كان أحد الأعمدة يحتوي على الخدمات فاختر له «Service type(s)» في خطوة الأعمدة من معالج الاستيراد ثم استورد مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="206"/>
        <source>sheet &apos;%1&apos;: organisations are written as KoBo choice names (&apos;%2&apos; was read as &apos;%3&apos;). For the names as the form shows them, export the data again with labels (KoBoToolbox: Downloads › Value and header format › Labels), or correct them in the services panel.</source>
        <translation>الورقة «%1»: أسماء المنظمات مكتوبة بأسماء خيارات KoBo (قُرئ «%2» على أنه «%3»). للحصول على الأسماء كما يعرضها النموذج، صدّر البيانات مرة أخرى مع التسميات (KoBoToolbox: Downloads › Value and header format › Labels)، أو صحّحها في لوحة الخدمات.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="210"/>
        <source>sheet &apos;%1&apos;, column %2: dates are written both day first (%3 in row %4) and month first (%5 in row %6).</source>
        <translation>الورقة «%1»، العمود %2: التواريخ مكتوبة مرة باليوم أولًا (%3 في الصف %4) ومرة بالشهر أولًا (%5 في الصف %6).</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="212"/>
        <source>sheet &apos;%1&apos;, column %2: dates are written month first (%3 in row %4), but this project reads dates %5.</source>
        <translation>الورقة «%1»، العمود %2: التواريخ مكتوبة بالشهر أولًا (%3 في الصف %4)، لكن هذا المشروع يقرأ التواريخ %5.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="214"/>
        <source>sheet &apos;%1&apos;, column %2: dates are written day first (%3 in row %4), but this project reads dates %5.</source>
        <translation>الورقة «%1»، العمود %2: التواريخ مكتوبة باليوم أولًا (%3 في الصف %4)، لكن هذا المشروع يقرأ التواريخ %5.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="216"/>
        <source>%1 date that could be read either way (such as %2 in row %3) was read %4; check it, or import again with the other date order.</source>
        <translation>%1 تاريخ يمكن قراءته بالطريقتين (مثل %2 في الصف %3) قُرئ %4؛ تحقّق منه، أو استورد مرة أخرى بالترتيب الآخر للتاريخ.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="218"/>
        <source>%1 dates that could be read either way (such as %2 in row %3) were read %4; check them, or import again with the other date order.</source>
        <translation>%1 من التواريخ التي يمكن قراءتها بالطريقتين (مثل %2 في الصف %3) قُرئت %4؛ تحقّق منها، أو استورد مرة أخرى بالترتيب الآخر للتاريخ.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="220"/>
        <source>%1 active services imported earlier from &apos;%2&apos; are not in this version of it: %3. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it.</source>
        <translation>%1 من الخدمات النشطة المستوردة سابقًا من «%2» ليست في هذه النسخة منه: %3. تُركت كما هي؛ إن كانت إحداها قد أُغلقت أو انتقلت فغيّر حالتها أو احذفها في لوحة الخدمات، حتى تتوقف مسارات الإحالة عن إحالة الناس إليها.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="224"/>
        <source>%1 active service imported earlier from &apos;%2&apos; is not in this version of it: %3. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it.</source>
        <translation>%1 خدمة نشطة مستوردة سابقًا من «%2» ليست في هذه النسخة منه: %3. تُركت كما هي؛ إن كانت قد أُغلقت أو انتقلت فغيّر حالتها أو احذفها في لوحة الخدمات، حتى تتوقف مسارات الإحالة عن إحالة الناس إليها.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="228"/>
        <source>this list has %1 of the %2 active services imported earlier from &apos;%3&apos; again, but not these: %4. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it. (If this list is not a newer version of &apos;%3&apos;, there is nothing to do.)</source>
        <translation>تتضمن هذه القائمة مجددًا %1 من أصل %2 خدمة نشطة مستوردة سابقًا من «%3»، لكن ليس هذه: %4. تُركت كما هي؛ إن كانت إحداها قد أُغلقت أو انتقلت فغيّر حالتها أو احذفها في لوحة الخدمات، حتى تتوقف مسارات الإحالة عن إحالة الناس إليها. (إن لم تكن هذه القائمة نسخة أحدث من «%3» فلا حاجة لفعل شيء.)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="233"/>
        <source>this list has %1 of the %2 active services imported earlier from &apos;%3&apos; again, but not this one: %4. They were left as they were; if one has closed or moved, set its status or delete it in the services panel, so that pathways stop referring people to it. (If this list is not a newer version of &apos;%3&apos;, there is nothing to do.)</source>
        <translation>تتضمن هذه القائمة مجددًا %1 من أصل %2 خدمة نشطة مستوردة سابقًا من «%3»، لكن ليس هذه الخدمة: %4. تُركت كما هي؛ إن كانت قد أُغلقت أو انتقلت فغيّر حالتها أو احذفها في لوحة الخدمات، حتى تتوقف مسارات الإحالة عن إحالة الناس إليها. (إن لم تكن هذه القائمة نسخة أحدث من «%3» فلا حاجة لفعل شيء.)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="238"/>
        <source>%1 of the %2 sites with a point lie outside every area of the project&apos;s boundaries: they are on the map, but in no area&apos;s gaps or pathways. Is the list for another country, or meant for another project?</source>
        <translation>%1 من أصل %2 موقعًا لها نقطة تقع خارج كل مناطق حدود المشروع: هي على الخريطة، لكنها ليست في فجوات أي منطقة ولا في مسارات الإحالة. هل القائمة لبلد آخر، أم أنها مخصّصة لمشروع آخر؟</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="247"/>
        <source>type column</source>
        <extracomment>The words the importers put into their sentences (not the list&apos;s own text): where a type was read from (importers.service_types.CONFIDENCE), a point&apos;s slip (importers.point_fixes.SLIPS), a date order, a bidirectional control (directory.safe_text.BIDI_NAMES), a place in a sheet, a longer list.</extracomment>
        <translation>عمود النوع</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="248"/>
        <source>service name</source>
        <translation>اسم الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="249"/>
        <source>activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="250"/>
        <source>sub-sector</source>
        <translation>القطاع الفرعي</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="251"/>
        <source>sector</source>
        <translation>القطاع</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="252"/>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="253"/>
        <source>organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="254"/>
        <source>person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="255"/>
        <source>latitude and longitude were swapped</source>
        <translation>كان خط العرض وخط الطول مقلوبين</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="256"/>
        <source>the longitude had lost its minus sign (west of Greenwich)</source>
        <translation>فقد خط الطول علامة السالب (غرب غرينتش)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="257"/>
        <source>the latitude had lost its minus sign (south of the equator)</source>
        <translation>فقد خط العرض علامة السالب (جنوب خط الاستواء)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="258"/>
        <source>the latitude and longitude had lost their minus signs</source>
        <translation>فقد خط العرض وخط الطول علامة السالب</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="259"/>
        <source>latitude and longitude were swapped, and the longitude had lost its minus sign</source>
        <translation>كان خط العرض وخط الطول مقلوبين، وفقد خط الطول علامة السالب</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="261"/>
        <source>latitude and longitude were swapped, and the latitude had lost its minus sign</source>
        <translation>كان خط العرض وخط الطول مقلوبين، وفقد خط العرض علامة السالب</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="262"/>
        <source>latitude and longitude were swapped, and had lost their minus signs</source>
        <translation>كان خط العرض وخط الطول مقلوبين، وفقدا علامة السالب</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="263"/>
        <source>day first</source>
        <translation>باليوم أولًا</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="264"/>
        <source>month first</source>
        <translation>بالشهر أولًا</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="265"/>
        <source>left-to-right embedding (U+202A)</source>
        <translation>تضمين من اليسار إلى اليمين (U+202A)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="266"/>
        <source>right-to-left embedding (U+202B)</source>
        <translation>تضمين من اليمين إلى اليسار (U+202B)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="267"/>
        <source>pop directional formatting (U+202C)</source>
        <translation>إنهاء التنسيق الاتجاهي (U+202C)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="268"/>
        <source>left-to-right override (U+202D)</source>
        <translation>فرض الاتجاه من اليسار إلى اليمين (U+202D)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="269"/>
        <source>right-to-left override (U+202E)</source>
        <translation>فرض الاتجاه من اليمين إلى اليسار (U+202E)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="270"/>
        <source>left-to-right isolate (U+2066)</source>
        <translation>عزل من اليسار إلى اليمين (U+2066)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="271"/>
        <source>right-to-left isolate (U+2067)</source>
        <translation>عزل من اليمين إلى اليسار (U+2067)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="272"/>
        <source>first strong isolate (U+2068)</source>
        <translation>عزل حسب أول حرف قوي (U+2068)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="273"/>
        <source>pop directional isolate (U+2069)</source>
        <translation>إنهاء العزل الاتجاهي (U+2069)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="274"/>
        <source>cell %1</source>
        <translation>الخلية %1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="275"/>
        <source>%1 and %2 more</source>
        <translation>%1 و%2 غيرها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="279"/>
        <source>(row %1)</source>
        <extracomment>Where the services a sentence names are, and how many it did not name (importers.shared_places).</extracomment>
        <translation>(الصف %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="280"/>
        <source>(sheet &apos;%1&apos; row %2)</source>
        <translation>(الورقة «%1» الصف %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="281"/>
        <source>%1 more</source>
        <translation>%1 غيرها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/report_words.py" line="453"/>
        <source>%1; %2</source>
        <extracomment>Two messages of one row side by side, as the language separates them (&quot;%1 ; %2&quot; in French).</extracomment>
        <translation>%1؛ %2</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="372"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="376"/>
        <source>Cancel the import</source>
        <translation>إلغاء الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="454"/>
        <source>The import failed: {0}</source>
        <translation>فشل الاستيراد: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="378"/>
        <source>Review locations…</source>
        <translation>مراجعة المواقع…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="383"/>
        <source>Service types…</source>
        <translation>أنواع الخدمات…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="384"/>
        <source>Give the services without a type their types</source>
        <translation>حدّد أنواع الخدمات التي ليس لها نوع</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="416"/>
        <source>Imported. Placing the new sites on the map by name…</source>
        <translation>تم الاستيراد. جارٍ وضع المواقع الجديدة على الخريطة بأسمائها…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="423"/>
        <source>%n service(s) of this list have no type: see %1 to give them types.</source>
        <translation>
            <numerusform>%n خدمة من هذه القائمة بلا نوع: راجع %1 لتحديد أنواعها.</numerusform>
            <numerusform>خدمة واحدة (%n) من هذه القائمة بلا نوع: راجع %1 لتحديد نوعها.</numerusform>
            <numerusform>خدمتان (%n) من هذه القائمة بلا نوع: راجع %1 لتحديد نوعيهما.</numerusform>
            <numerusform>%n خدمات من هذه القائمة بلا نوع: راجع %1 لتحديد أنواعها.</numerusform>
            <numerusform>%n خدمة من هذه القائمة بلا نوع: راجع %1 لتحديد أنواعها.</numerusform>
            <numerusform>%n خدمة من هذه القائمة بلا نوع: راجع %1 لتحديد أنواعها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="436"/>
        <source>Imported. Of the %1 sites of this list, %2 had coordinates and %3 were placed on the map by name; %4 wait for review.</source>
        <translation>تم الاستيراد. من أصل %1 موقعًا في هذه القائمة، كانت لـ %2 إحداثيات، ووُضع %3 على الخريطة بأسمائها؛ %4 بانتظار المراجعة.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="447"/>
        <source>Imported. The sites were not placed on the map (%1); Tools › Review locations › Run the geocoder places them.</source>
        <translation>تم الاستيراد. لم توضع المواقع على الخريطة (%1)؛ أدوات › مراجعة المواقع › تشغيل محدد المواقع يضعها.</translation>
    </message>
</context>
<context>
    <name>ImportProfilesDialog</name>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="33"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="33"/>
        <source>Saved</source>
        <translation>تاريخ الحفظ</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="34"/>
        <source>Columns it reads</source>
        <translation>الأعمدة التي يقرؤها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="40"/>
        <location filename="../../desktop/importing/profiles.py" line="46"/>
        <location filename="../../desktop/importing/profiles.py" line="128"/>
        <source>Saved import profiles</source>
        <translation>ملفات تعريف الاستيراد المحفوظة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="54"/>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="56"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="89"/>
        <source>Open a project to see its saved import profiles.</source>
        <translation>افتح مشروعاً لترى ملفات تعريف الاستيراد المحفوظة فيه.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="91"/>
        <source>No import profiles saved yet. One is saved for each sheet layout you import.</source>
        <translation>لا توجد ملفات تعريف استيراد محفوظة بعد. يُحفظ واحد لكل تخطيط ورقة تستورده.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="93"/>
        <source>A profile is applied by itself to the next file whose columns are laid out the same way. Delete one to have ServiceMap guess the columns again.</source>
        <translation>يُطبَّق الملف التعريفي تلقائياً على الملف التالي ذي الأعمدة المرتبة بالطريقة نفسها. احذفه ليخمّن ServiceMap الأعمدة من جديد.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="135"/>
        <source>Rename the profile</source>
        <translation>إعادة تسمية الملف التعريفي</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="135"/>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="144"/>
        <source>Delete the profile</source>
        <translation>حذف الملف التعريفي</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/profiles.py" line="145"/>
        <source>Delete the profile &apos;{0}&apos;? The next file with this layout will have its columns guessed again.</source>
        <translation>حذف الملف التعريفي «{0}»؟ ستُخمَّن أعمدة الملف التالي بهذا التخطيط من جديد.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="19"/>
        <source>Reading %1</source>
        <extracomment>Every progress message of an import and of the placing of its sites, as a Qt template.</extracomment>
        <translation>قراءة %1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="20"/>
        <source>%1: row %2 of %3</source>
        <translation>%1: الصف %2 من %3</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="21"/>
        <source>Matching with the services already in the project</source>
        <translation>المطابقة مع الخدمات الموجودة في المشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="22"/>
        <source>Saving</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="23"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="24"/>
        <source>Loading the gazetteer</source>
        <translation>تحميل دليل أسماء الأماكن</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="25"/>
        <source>Placing site %1 of %2</source>
        <translation>تحديد موقع %1 من %2</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/progress_words.py" line="26"/>
        <source>Waiting for another ServiceMap to finish: %1 by %2 on %3, since %4</source>
        <translation>في انتظار انتهاء نسخة أخرى من ServiceMap: %1 بواسطة %2 على %3، منذ %4</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="199"/>
        <source>All rows</source>
        <translation>كل الصفوف</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="205"/>
        <source>Search the messages…</source>
        <translation>ابحث في الرسائل…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="207"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="233"/>
        <source>
Skipped sheet &apos;{0}&apos;: {1}</source>
        <translation>
ورقة تم تخطيها «{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="246"/>
        <source>Export the import report</source>
        <translation>تصدير تقرير الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="247"/>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>مصنف Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="204"/>
        <source>Search the messages</source>
        <translation>البحث في الرسائل</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="210"/>
        <source>Rows of the import</source>
        <translation>صفوف الاستيراد</translation>
    </message>
</context>
<context>
    <name>ImportStatus</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="37"/>
        <source>imported</source>
        <extracomment>Each row status as the report shows it (the importers, the CLI and the exported report keep the codes).</extracomment>
        <translation>مستوردة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="38"/>
        <source>updated</source>
        <translation>محدّثة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="39"/>
        <source>duplicate</source>
        <translation>مكررة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="40"/>
        <source>not-a-service</source>
        <translation>ليست خدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="41"/>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="497"/>
        <source>Import a service list</source>
        <translation>استيراد قائمة خدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="602"/>
        <location filename="../../desktop/importing/wizard.py" line="693"/>
        <source>Cannot import this file</source>
        <translation>تعذّر استيراد هذا الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="632"/>
        <source>chosen for this project</source>
        <translation>مختار لهذا المشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="633"/>
        <source>usual in {0}</source>
        <translation>المعتاد في {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="733"/>
        <location filename="../../desktop/importing/wizard.py" line="783"/>
        <source>Open or create a project first.</source>
        <translation>افتح مشروعًا أو أنشئ مشروعًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="783"/>
        <source>Saved import profiles</source>
        <translation>ملفات تعريف الاستيراد المحفوظة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="759"/>
        <source>The import of %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="581"/>
        <location filename="../../desktop/importing/wizard.py" line="696"/>
        <source>The list could not be read: {0}</source>
        <translation>تعذّرت قراءة القائمة: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="759"/>
        <source>Placing the sites of %1 on the map</source>
        <translation>وضع مواقع %1 على الخريطة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="772"/>
        <source>Cancelled. The import of %1 was rolled back: nothing from it was written to the project.</source>
        <translation>أُلغي. تم التراجع عن استيراد %1: لم يُكتب منه شيء في المشروع.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="774"/>
        <source>stopped</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="775"/>
        <source>%1 was imported; placing its sites on the map was stopped, and nothing was placed.</source>
        <translation>تم استيراد %1؛ توقف وضع مواقعه على الخريطة ولم يوضع شيء.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="795"/>
        <source>nothing was imported</source>
        <translation>لم يُستورد شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="827"/>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="22"/>
        <source>&amp;Language</source>
        <extracomment>(code, the language&apos;s own name); &quot;&quot; follows the system&apos;s language.</extracomment>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="27"/>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="47"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/window/language_menu.py" line="48"/>
        <source>%1 will be used the next time ServiceMap starts. Close ServiceMap and open it again to change the language now.</source>
        <translation>ستُستخدم %1 في المرة القادمة التي يبدأ فيها ServiceMap. أغلق ServiceMap وافتحه من جديد لتغيير اللغة الآن.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/window/main_window.py" line="83"/>
        <location filename="../../desktop/window/main_window.py" line="84"/>
        <source>Drawing the map…</source>
        <extracomment>Sent with the newly opened project, or None when it is closed.</extracomment>
        <translation>جارٍ رسم الخريطة…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="107"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="111"/>
        <source>&amp;Open project…</source>
        <translation>&amp;فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="113"/>
        <source>&amp;Recent projects</source>
        <translation>&amp;مشاريع حديثة</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="116"/>
        <source>&amp;Close project</source>
        <translation>&amp;إغلاق المشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="122"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="123"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="130"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="131"/>
        <source>&amp;Zoom map to selection</source>
        <translation>&amp;تقريب الخريطة إلى التحديد</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="133"/>
        <source>Zoom map to &amp;all services</source>
        <translation>عرض &amp;كل الخدمات على الخريطة</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="144"/>
        <location filename="../../desktop/window/panels.py" line="78"/>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="152"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="154"/>
        <source>&amp;About ServiceMap</source>
        <translation>&amp;حول ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="173"/>
        <source>Clear the list</source>
        <translation>مسح القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="187"/>
        <source>Open project</source>
        <translation>فتح مشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="187"/>
        <source>ServiceMap projects (*.gpkg);;All files (*)</source>
        <translation>مشاريع ServiceMap (*.gpkg);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="233"/>
        <source>Project not found</source>
        <translation>تعذّر العثور على المشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="254"/>
        <source>A project is still being opened; open %1 when it is open.</source>
        <translation>ما زال مشروع قيد الفتح؛ افتح %1 بعد أن يُفتح.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="282"/>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="282"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="283"/>
        <source>Opening project</source>
        <translation>فتح المشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="304"/>
        <location filename="../../desktop/window/main_window.py" line="308"/>
        <source>Cannot open the project</source>
        <translation>تعذّر فتح المشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="309"/>
        <source>%1: %2. Check the file and its permissions.</source>
        <translation>%1: %2. تحقّق من الملف ومن أذوناته.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="397"/>
        <source>%1 — %2 services at %3 sites, %4 on the map</source>
        <translation>%1 — الخدمات: %2، المواقع: %3، على الخريطة: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="402"/>
        <source>country %1</source>
        <translation>البلد: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="440"/>
        <source>The service clicked on the map is hidden by the search or the type filter.</source>
        <translation>الخدمة التي نقرت عليها في الخريطة مخفية بسبب البحث أو عامل تصفية النوع.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/panel.py" line="377"/>
        <source>Coverage gaps</source>
        <translation>فجوات التغطية</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="153"/>
        <source>&amp;Check this installation…</source>
        <translation>&amp;التحقق من هذا التثبيت…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="108"/>
        <source>&amp;New project…</source>
        <translation>مشروع &amp;جديد…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="110"/>
        <source>Open the &amp;demo project</source>
        <translation>فتح مشروع ال&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="212"/>
        <source>Building the demo project</source>
        <translation>بناء مشروع العرض</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="225"/>
        <source>Open the demo project</source>
        <translation>فتح مشروع العرض</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="234"/>
        <source>%1: the file is no longer there. It was moved, renamed or deleted; open it with File › Open project… from its new place.</source>
        <translation>%1: لم يعد الملف في مكانه، فقد نُقل أو أُعيدت تسميته أو حُذف؛ افتحه من مكانه الجديد عبر ملف › فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="359"/>
        <source>Close project</source>
        <translation>إغلاق المشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="360"/>
        <source>%1 is still running. Cancel it and close the project?</source>
        <translation>%1 لا يزال قيد التشغيل. هل تريد إلغاءه وإغلاق المشروع؟</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="383"/>
        <source>No project open. Create one, open the demo, or open a project.</source>
        <translation>لا مشروع مفتوح. أنشئ مشروعًا أو افتح مشروع العرض أو افتح مشروعًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="391"/>
        <source>%1 of %2 services shown</source>
        <translation>تُعرض %1 من %2 خدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="491"/>
        <source>Quit ServiceMap</source>
        <translation>إنهاء ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/window/main_window.py" line="491"/>
        <source>%1 is still running. Cancel it and quit?</source>
        <translation>%1 ما زال قيد التشغيل. هل تلغيه وتخرج؟</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../desktop/map/words.py" line="12"/>
        <source>Service map</source>
        <translation>خريطة الخدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="13"/>
        <source>Confidential service – contact through case management</source>
        <translation>خدمة سرية – التواصل عبر إدارة الحالات</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="14"/>
        <source>Confidential service (shown at the centre of its area)</source>
        <translation>خدمة سرية (تظهر في مركز منطقتها)</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="15"/>
        <source>Service type not given</source>
        <translation>نوع الخدمة غير مذكور</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="16"/>
        <location filename="../../desktop/map/words.py" line="23"/>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="17"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="18"/>
        <source>Hours</source>
        <translation>الساعات</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="19"/>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="20"/>
        <source>{n} services have no location and are not on the map</source>
        <translation>{n} خدمة بلا موقع وليست على الخريطة</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="21"/>
        <source>1 service has no location and is not on the map</source>
        <translation>خدمة واحدة بلا موقع وليست على الخريطة</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="22"/>
        <source>{n} services here: zoom in to see them</source>
        <translation>{n} خدمات هنا: كبّر الخريطة لرؤيتها</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="24"/>
        <source>Area names</source>
        <translation>أسماء المناطق</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="25"/>
        <location filename="../../desktop/window/panels.py" line="136"/>
        <source>Admin level {level}</source>
        <translation>المستوى الإداري {level}</translation>
    </message>
    <message>
        <location filename="../../desktop/map/words.py" line="26"/>
        <source>Basemap</source>
        <translation>الخريطة الأساسية</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <location filename="../../desktop/map/view.py" line="225"/>
        <source>The map could not be drawn: %1</source>
        <translation>تعذّر رسم الخريطة: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/map/view.py" line="231"/>
        <source>The map page could not be loaded from %1.</source>
        <translation>تعذّر تحميل صفحة الخريطة من %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/map/view.py" line="241"/>
        <source>The map page did not finish drawing.</source>
        <translation>لم يكتمل رسم صفحة الخريطة.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="271"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="271"/>
        <source>Header</source>
        <translation>الترويسة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="272"/>
        <source>HXL</source>
        <translation>HXL</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="272"/>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="273"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="278"/>
        <location filename="../../desktop/importing/wizard.py" line="284"/>
        <source>What each column holds</source>
        <translation>محتوى كل عمود</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="279"/>
        <source>Check the fields ServiceMap chose; change any that are wrong. The mapping is remembered for the next file with the same columns.</source>
        <translation>تحقّق من الحقول التي اختارها ServiceMap وغيّر أي حقل غير صحيح. تُحفظ هذه المطابقة للملف التالي الذي يحتوي على الأعمدة نفسها.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="292"/>
        <source>Saved profiles…</source>
        <translation>الملفات التعريفية المحفوظة…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="293"/>
        <source>See, rename or delete the column mappings ServiceMap remembers</source>
        <translation>عرض مطابقات الأعمدة التي يتذكرها ServiceMap أو إعادة تسميتها أو حذفها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="327"/>
        <source>Field of column %1</source>
        <translation>حقل العمود %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="36"/>
        <source>Merge another list</source>
        <translation>دمج قائمة أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="39"/>
        <source>Choose a project or list…</source>
        <translation>اختر مشروعًا أو قائمة…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="41"/>
        <source>Choose another ServiceMap project (.gpkg) or a partner&apos;s list to merge into this project.</source>
        <translation>اختر مشروع ServiceMap آخر (.gpkg) أو قائمة أحد الشركاء لدمجها في هذا المشروع.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Ours</source>
        <translation>قيمتنا</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Theirs</source>
        <translation>قيمتهم</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="44"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="143"/>
        <source>Keep</source>
        <translation>القيمة المعتمدة</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Keep all ours</source>
        <translation>الإبقاء على كل قيمنا</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="45"/>
        <source>Take all theirs</source>
        <translation>أخذ كل قيمهم</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="48"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="62"/>
        <source>Choose the project or list to merge</source>
        <translation>اختر المشروع أو القائمة المراد دمجها</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="70"/>
        <source>Reading and matching %1…</source>
        <translation>جارٍ قراءة %1 ومطابقتها…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="91"/>
        <source>It shares no history with this project, so ServiceMap cannot tell who changed a value: every value that differs is a conflict, ours kept unless you choose theirs.</source>
        <translation>لا يشترك في أي سجل مع هذا المشروع، لذا لا يستطيع ServiceMap معرفة من غيّر القيمة: كل قيمة مختلفة تعارض، وتُحفظ قيمتنا ما لم تختر قيمتهم.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="94"/>
        <source>A list has no history to compare with, so every value that differs is a conflict, ours kept unless you choose theirs.</source>
        <translation>لا سجل للقائمة للمقارنة به، لذا كل قيمة مختلفة تعارض، وتُحفظ قيمتنا ما لم تختر قيمتهم.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="97"/>
        <source>%n service(s) added in both copies since they parted are taken as one, not added twice.</source>
        <translation>
            <numerusform>خدمات أُضيفت في النسختين منذ افتراقهما تُعدّ كلٌّ منها خدمة واحدة، ولا تُضاف مرتين: %n.</numerusform>
            <numerusform>خدمات أُضيفت في النسختين منذ افتراقهما تُعدّ كلٌّ منها خدمة واحدة، ولا تُضاف مرتين: %n.</numerusform>
            <numerusform>خدمات أُضيفت في النسختين منذ افتراقهما تُعدّ كلٌّ منها خدمة واحدة، ولا تُضاف مرتين: %n.</numerusform>
            <numerusform>خدمات أُضيفت في النسختين منذ افتراقهما تُعدّ كلٌّ منها خدمة واحدة، ولا تُضاف مرتين: %n.</numerusform>
            <numerusform>خدمات أُضيفت في النسختين منذ افتراقهما تُعدّ كلٌّ منها خدمة واحدة، ولا تُضاف مرتين: %n.</numerusform>
            <numerusform>خدمات أُضيفت في النسختين منذ افتراقهما تُعدّ كلٌّ منها خدمة واحدة، ولا تُضاف مرتين: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="130"/>
        <source>deleted on one side, changed on the other</source>
        <translation>حُذف في جانب وتغيّر في الآخر</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="135"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="136"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="142"/>
        <source>deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="141"/>
        <source>service deleted in their copy</source>
        <translation>خدمة محذوفة في نسختهم</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="141"/>
        <source>in this project</source>
        <translation>في هذا المشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="143"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="146"/>
        <source>%1 (only they changed it)</source>
        <translation>%1 (غيّروها هم فقط)</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="153"/>
        <source>The merge failed: %1</source>
        <translation>فشل الدمج: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="184"/>
        <source>Merged. Choose another project or list to merge more.</source>
        <translation>تم الدمج. اختر مشروعًا أو قائمة أخرى لمواصلة الدمج.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="46"/>
        <source>Values that differ</source>
        <translation>القيم المختلفة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="80"/>
        <location filename="../../desktop/sharing/merge_dialog.py" line="86"/>
        <source>%n new service(s)</source>
        <translation>
            <numerusform>خدمات جديدة: %n</numerusform>
            <numerusform>خدمات جديدة: %n</numerusform>
            <numerusform>خدمات جديدة: %n</numerusform>
            <numerusform>خدمات جديدة: %n</numerusform>
            <numerusform>خدمات جديدة: %n</numerusform>
            <numerusform>خدمات جديدة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="81"/>
        <source>%n value(s) changed only there (taken)</source>
        <translation>
            <numerusform>قيم تغيّرت هناك فقط (أُخذت): %n</numerusform>
            <numerusform>قيم تغيّرت هناك فقط (أُخذت): %n</numerusform>
            <numerusform>قيم تغيّرت هناك فقط (أُخذت): %n</numerusform>
            <numerusform>قيم تغيّرت هناك فقط (أُخذت): %n</numerusform>
            <numerusform>قيم تغيّرت هناك فقط (أُخذت): %n</numerusform>
            <numerusform>قيم تغيّرت هناك فقط (أُخذت): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="82"/>
        <source>%n conflict(s) (changed on both sides)</source>
        <translation>
            <numerusform>تعارضات (تغيّرت في الجانبين): %n</numerusform>
            <numerusform>تعارضات (تغيّرت في الجانبين): %n</numerusform>
            <numerusform>تعارضات (تغيّرت في الجانبين): %n</numerusform>
            <numerusform>تعارضات (تغيّرت في الجانبين): %n</numerusform>
            <numerusform>تعارضات (تغيّرت في الجانبين): %n</numerusform>
            <numerusform>تعارضات (تغيّرت في الجانبين): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="83"/>
        <source>%n service(s) deleted there (deleted here too unless you keep them)</source>
        <translation>
            <numerusform>خدمات حُذفت هناك (تُحذف هنا أيضاً ما لم تحتفظ بها): %n</numerusform>
            <numerusform>خدمات حُذفت هناك (تُحذف هنا أيضاً ما لم تحتفظ بها): %n</numerusform>
            <numerusform>خدمات حُذفت هناك (تُحذف هنا أيضاً ما لم تحتفظ بها): %n</numerusform>
            <numerusform>خدمات حُذفت هناك (تُحذف هنا أيضاً ما لم تحتفظ بها): %n</numerusform>
            <numerusform>خدمات حُذفت هناك (تُحذف هنا أيضاً ما لم تحتفظ بها): %n</numerusform>
            <numerusform>خدمات حُذفت هناك (تُحذف هنا أيضاً ما لم تحتفظ بها): %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="84"/>
        <source>%1 is a copy of this project: %2.</source>
        <translation>%1 نسخة من هذا المشروع: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="86"/>
        <source>%n matched</source>
        <translation>
            <numerusform>خدمات مطابقة: %n</numerusform>
            <numerusform>خدمات مطابقة: %n</numerusform>
            <numerusform>خدمات مطابقة: %n</numerusform>
            <numerusform>خدمات مطابقة: %n</numerusform>
            <numerusform>خدمات مطابقة: %n</numerusform>
            <numerusform>خدمات مطابقة: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="87"/>
        <source>%n value(s) to fill in</source>
        <translation>
            <numerusform>قيم يجب ملؤها: %n</numerusform>
            <numerusform>قيم يجب ملؤها: %n</numerusform>
            <numerusform>قيم يجب ملؤها: %n</numerusform>
            <numerusform>قيم يجب ملؤها: %n</numerusform>
            <numerusform>قيم يجب ملؤها: %n</numerusform>
            <numerusform>قيم يجب ملؤها: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="87"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>تعارضات: %n</numerusform>
            <numerusform>تعارضات: %n</numerusform>
            <numerusform>تعارضات: %n</numerusform>
            <numerusform>تعارضات: %n</numerusform>
            <numerusform>تعارضات: %n</numerusform>
            <numerusform>تعارضات: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="88"/>
        <source>%1: %2. Choose which value to keep for each conflict.</source>
        <translation>%1: %2. اختر القيمة التي تريد الإبقاء عليها لكل تعارض.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="89"/>
        <source>, </source>
        <comment>between the counts of a merge&apos;s summary</comment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/merge_dialog.py" line="100"/>
        <source>%n service(s) will become confidential, as the partner marks them.</source>
        <translation>
            <numerusform>خدمات ستصبح سرّية، كما يُسمها الشريك: %n.</numerusform>
            <numerusform>خدمات ستصبح سرّية، كما يُسمها الشريك: %n.</numerusform>
            <numerusform>خدمات ستصبح سرّية، كما يُسمها الشريك: %n.</numerusform>
            <numerusform>خدمات ستصبح سرّية، كما يُسمها الشريك: %n.</numerusform>
            <numerusform>خدمات ستصبح سرّية، كما يُسمها الشريك: %n.</numerusform>
            <numerusform>خدمات ستصبح سرّية، كما يُسمها الشريك: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/merge_dialog.py" line="171"/>
        <source>Merging %1…</source>
        <translation>دمج %1…</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../desktop/window/new_project.py" line="39"/>
        <location filename="../../desktop/window/new_project.py" line="208"/>
        <source>New project</source>
        <translation>مشروع جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="50"/>
        <source>Add files…</source>
        <translation>إضافة ملفات…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="51"/>
        <source>Add a folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="52"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="53"/>
        <source>OCHA COD-AB or geoBoundaries admin boundaries: GeoJSON, GeoPackage, Shapefile, a .zip, or the folder of an unzipped download.</source>
        <translation>الحدود الإدارية من OCHA COD-AB أو geoBoundaries: GeoJSON أو GeoPackage أو Shapefile أو ملف ‎.zip أو مجلد تنزيل بعد فك ضغطه.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="56"/>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="56"/>
        <source>Called</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="56"/>
        <source>Areas</source>
        <translation>المناطق</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="57"/>
        <source>For example</source>
        <translation>مثلًا</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="65"/>
        <source>Double-click a name under “Called” to change it</source>
        <translation>انقر مرتين على اسم تحت «الاسم» لتغييره</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="67"/>
        <source>read from the boundaries (e.g. BGD)</source>
        <translation>يُقرأ من الحدود (مثل BGD)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="73"/>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="79"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="92"/>
        <source>1. Admin boundaries</source>
        <translation>1. الحدود الإدارية</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="96"/>
        <source>2. Levels found</source>
        <translation>2. المستويات الموجودة</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="99"/>
        <location filename="../../desktop/window/new_project.py" line="242"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="102"/>
        <source>3. The project file</source>
        <translation>3. ملف المشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="120"/>
        <source>Choose the boundary files</source>
        <translation>اختر ملفات الحدود</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="125"/>
        <source>Choose the folder of boundary files</source>
        <translation>اختر مجلد ملفات الحدود</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="160"/>
        <source>Reading the boundaries…</source>
        <translation>قراءة الحدود…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="170"/>
        <source>Admin level %1</source>
        <translation>المستوى الإداري %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/window/new_project.py" line="183"/>
        <source>%n level(s) found. Say what each level is called, then Create.</source>
        <translation>
            <numerusform>وُجد %n مستوى. اذكر اسم كل مستوى، ثم «إنشاء».</numerusform>
            <numerusform>وُجد %n مستوى. اذكر اسم كل مستوى، ثم «إنشاء».</numerusform>
            <numerusform>وُجد %n مستوى. اذكر اسم كل مستوى، ثم «إنشاء».</numerusform>
            <numerusform>وُجد %n مستوى. اذكر اسم كل مستوى، ثم «إنشاء».</numerusform>
            <numerusform>وُجد %n مستوى. اذكر اسم كل مستوى، ثم «إنشاء».</numerusform>
            <numerusform>وُجد %n مستوى. اذكر اسم كل مستوى، ثم «إنشاء».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="195"/>
        <source>Save the new project as</source>
        <translation>حفظ المشروع الجديد باسم</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="197"/>
        <source>ServiceMap projects (*.gpkg)</source>
        <translation>مشاريع ServiceMap (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="209"/>
        <source>%1 is already there. Replace it? Everything in it will be lost.</source>
        <translation>%1 موجود بالفعل. هل تستبدله؟ سيضيع كل ما فيه.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="218"/>
        <source>Creating %1…</source>
        <translation>إنشاء %1…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="241"/>
        <source>Project file</source>
        <translation>ملف المشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/window/new_project.py" line="241"/>
        <source>Boundaries</source>
        <translation>الحدود</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <location filename="../../desktop/window/panels.py" line="33"/>
        <source>&amp;Import a service list…</source>
        <translation>&amp;استيراد قائمة خدمات…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="34"/>
        <source>Import &amp;history…</source>
        <translation>&amp;سجل الاستيراد…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="35"/>
        <source>Saved import pro&amp;files…</source>
        <translation>ملفات تعريف الاستيراد المح&amp;فوظة…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="36"/>
        <source>Referral &amp;pathways…</source>
        <translation>مسارات الإ&amp;حالة…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="37"/>
        <source>Coverage &amp;gaps…</source>
        <translation>&amp;فجوات التغطية…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="38"/>
        <source>&amp;Review locations…</source>
        <translation>&amp;مراجعة المواقع…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="39"/>
        <source>Service &amp;types…</source>
        <translation>أ&amp;نواع الخدمات…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="40"/>
        <source>&amp;Merge another list…</source>
        <translation>&amp;دمج قائمة أخرى…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/panels.py" line="41"/>
        <source>&amp;Export the directory…</source>
        <translation>&amp;تصدير الدليل…</translation>
    </message>
</context>
<context>
    <name>PathwayPanel</name>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="69"/>
        <location filename="../../desktop/pathways/panel.py" line="305"/>
        <source>Referral pathways</source>
        <extracomment>Areas drawn in the preview; printing and export take every chosen area.</extracomment>
        <translation>مسارات الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="81"/>
        <source>Filter areas…</source>
        <translation>تصفية المناطق…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="101"/>
        <source>Save steps</source>
        <translation>حفظ الخطوات</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="103"/>
        <source>Reset to default</source>
        <translation>استعادة الإعدادات الافتراضية</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="105"/>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="107"/>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="121"/>
        <source>Admin level</source>
        <translation>المستوى الإداري</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="122"/>
        <source>Concern</source>
        <translation>نوع الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="122"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="123"/>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="264"/>
        <source>Tick one or more areas to see their pathway.</source>
        <translation>حدّد منطقة واحدة أو أكثر لعرض مسار الإحالة الخاص بها.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="300"/>
        <source>%1 area(s) shown; %2 services not verified recently are marked.</source>
        <translation>المناطق المعروضة: %1؛ وقد وُضعت علامة على %2 من الخدمات التي لم يُتحقق منها مؤخرًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="313"/>
        <source>Steps saved in the project.</source>
        <translation>حُفظت الخطوات في المشروع.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="378"/>
        <location filename="../../desktop/pathways/panel.py" line="392"/>
        <location filename="../../desktop/pathways/panel.py" line="398"/>
        <location filename="../../desktop/pathways/panel.py" line="420"/>
        <source>Export pathways</source>
        <translation>تصدير مسارات الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="392"/>
        <source>Tick the areas to export first.</source>
        <translation>حدّد أولًا المناطق المراد تصديرها.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="418"/>
        <location filename="../../desktop/pathways/panel.py" line="437"/>
        <source>Not exported.</source>
        <translation>لم يُصدَّر.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="421"/>
        <source>Could not write %1: %2. If another program has the file open, close it; or choose another name or folder.</source>
        <translation>تعذّرت كتابة %1: %2. إذا كان برنامج آخر يفتح الملف فأغلقه، أو اختر اسمًا أو مجلدًا آخر.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="427"/>
        <source>Exported %1</source>
        <translation>تم التصدير: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="432"/>
        <source>The export of the pathways</source>
        <translation>تصدير مسارات الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="438"/>
        <source>The export of the pathways was stopped; no file was written.</source>
        <translation>أُوقف تصدير مسارات الإحالة؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="80"/>
        <source>Filter areas</source>
        <translation>تصفية المناطق</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="84"/>
        <source>Areas to print</source>
        <translation>المناطق المراد طباعتها</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="137"/>
        <source>Areas and options</source>
        <translation>المناطق والخيارات</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="138"/>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="337"/>
        <source>Printing…</source>
        <translation>الطباعة…</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="360"/>
        <source>Printed.</source>
        <translation>تمت الطباعة.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="360"/>
        <source>The pathway could not be printed. Check the printer, or print to a PDF file.</source>
        <translation>تعذرت طباعة المسار. تحقق من الطابعة، أو اطبع إلى ملف PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="399"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/panel.py" line="401"/>
        <source>Preparing %1 pathway(s)…</source>
        <translation>تجهيز %1 مسار…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="151"/>
        <source>The table ServiceMap found</source>
        <translation>الجدول الذي عثر عليه ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="156"/>
        <source>Make a list from this grid…</source>
        <translation>إنشاء قائمة من هذا الجدول…</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="157"/>
        <source>Write a list with a row for each organisation of each cell, and import that</source>
        <translation>كتابة قائمة فيها صف لكل منظمة في كل خلية، ثم استيرادها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="215"/>
        <source>This sheet will be skipped: {0}</source>
        <translation>سيتم تخطي هذه الورقة: {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="217"/>
        <source>, HXL tags on row {0}</source>
        <translation>، ووسوم HXL في الصف {0}</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="218"/>
        <source>Header on row {0}{1}; services from row {2}. Blue: header, grey: tags, green: data.</source>
        <translation>الترويسة في الصف {0}{1}؛ الخدمات بدءًا من الصف {2}. الأزرق: الترويسة، الرمادي: الوسوم، الأخضر: البيانات.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="224"/>
        <source>Save the list made from the grid</source>
        <translation>حفظ القائمة المنشأة من الجدول</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="226"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>مصنف Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="236"/>
        <source>The list could not be written: {0}</source>
        <translation>تعذرت كتابة القائمة: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="239"/>
        <source>%Ln cell(s) saying no one offers the service there</source>
        <translation>
            <numerusform>%Ln خلية تقول إن أحدًا لا يقدم الخدمة هناك</numerusform>
            <numerusform>%Ln خلية تقول إن أحدًا لا يقدم الخدمة هناك</numerusform>
            <numerusform>%Ln خليتان تقولان إن أحدًا لا يقدم الخدمة هناك</numerusform>
            <numerusform>%Ln خلايا تقول إن أحدًا لا يقدم الخدمة هناك</numerusform>
            <numerusform>%Ln خلية تقول إن أحدًا لا يقدم الخدمة هناك</numerusform>
            <numerusform>%Ln خلية تقول إن أحدًا لا يقدم الخدمة هناك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="240"/>
        <source>%Ln cell(s) pointing to another place&apos;s cell</source>
        <translation>
            <numerusform>%Ln خلية تحيل إلى خلية مكان آخر</numerusform>
            <numerusform>%Ln خلية تحيل إلى خلية مكان آخر</numerusform>
            <numerusform>%Ln خليتان تحيلان إلى خلية مكان آخر</numerusform>
            <numerusform>%Ln خلايا تحيل إلى خلية مكان آخر</numerusform>
            <numerusform>%Ln خلية تحيل إلى خلية مكان آخر</numerusform>
            <numerusform>%Ln خلية تحيل إلى خلية مكان آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/importing/wizard.py" line="241"/>
        <source>%Ln provider(s) not confirmed</source>
        <translation>
            <numerusform>%Ln مقدم خدمة غير مؤكد</numerusform>
            <numerusform>%Ln مقدم خدمة غير مؤكد</numerusform>
            <numerusform>%Ln مقدما خدمة غير مؤكدين</numerusform>
            <numerusform>%Ln مقدمي خدمة غير مؤكدين</numerusform>
            <numerusform>%Ln مقدم خدمة غير مؤكد</numerusform>
            <numerusform>%Ln مقدم خدمة غير مؤكد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="243"/>
        <source>Made from the grid of {0}: {1} services in {2}, each row naming the cell it came from.</source>
        <translation>أُنشئت من جدول {0}: {1} خدمة في {2}، ويذكر كل صف الخلية التي جاء منها.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="246"/>
        <source>Left out: {0}.</source>
        <translation>تُرك: {0}.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="247"/>
        <source>Check the list if you wish, then click Next.</source>
        <translation>راجع القائمة إن شئت، ثم انقر على التالي.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard.py" line="164"/>
        <source>The sheet&apos;s first rows</source>
        <translation>الصفوف الأولى من الورقة</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="31"/>
        <source>Rows to look at</source>
        <translation>صفوف تحتاج إلى مراجعة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="32"/>
        <source>Every row that will not be imported as it is, and why. Nothing is written yet.</source>
        <translation>كل صف لن يُستورد كما هو، مع السبب. لم يُكتب أي شيء بعد.</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="36"/>
        <source>Show every row</source>
        <translation>إظهار كل الصفوف</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="37"/>
        <source>List the rows imported without a remark too, to mark any of them confidential</source>
        <translation>اعرض أيضاً الصفوف المستوردة دون ملاحظات، لتتمكن من وضع علامة «سري» على أي منها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="41"/>
        <source>Not confidential</source>
        <translation>غير سرّي</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="42"/>
        <source>The selected rows were marked confidential because of their words (&quot;safe house&quot;); import them as ordinary services instead</source>
        <translation>وُسمت الصفوف المحددة بأنها سرّية بسبب كلماتها («دار آمنة»)؛ استوردها بدلًا من ذلك كخدمات عادية</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="45"/>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/problems_page.py" line="46"/>
        <source>Keep the location of the selected rows&apos; services inside the project (a safe house its words do not name)</source>
        <translation>الاحتفاظ بموقع خدمات الصفوف المحددة داخل المشروع (دار آمنة لا تذكرها كلماتها)</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="74"/>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="74"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="75"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/wizard_report.py" line="75"/>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <location filename="../../desktop/review/queue.py" line="52"/>
        <source>Review locations</source>
        <translation>مراجعة المواقع</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="74"/>
        <source>Run the geocoder</source>
        <translation>تشغيل الترميز الجغرافي</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="77"/>
        <source>Accept all ≥</source>
        <translation>قبول الكل ≥</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>As typed</source>
        <translation>كما أُدخل</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Best match</source>
        <translation>أفضل تطابق</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="85"/>
        <source>Confidence</source>
        <translation>درجة الثقة</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="99"/>
        <source>Accept (Enter)</source>
        <translation>قبول (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="99"/>
        <source>Reject (Del)</source>
        <translation>رفض (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="100"/>
        <source>Place on the map (P)</source>
        <translation>وضع على الخريطة (P)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="101"/>
        <source>Skip (S)</source>
        <translation>تخطٍّ (S)</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="162"/>
        <source>not found</source>
        <translation>لم يُعثر عليه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="169"/>
        <source>%n site(s) to review</source>
        <translation>
            <numerusform>%n موقع للمراجعة</numerusform>
            <numerusform>%n موقع للمراجعة</numerusform>
            <numerusform>%n موقعان للمراجعة</numerusform>
            <numerusform>%n مواقع للمراجعة</numerusform>
            <numerusform>%n موقعًا للمراجعة</numerusform>
            <numerusform>%n موقع للمراجعة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="177"/>
        <source>Nothing to review.</source>
        <translation>لا يوجد ما يُراجَع.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="177"/>
        <source>No project open.</source>
        <translation>لا يوجد مشروع مفتوح.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="192"/>
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n خدمة</numerusform>
            <numerusform>%n خدمة</numerusform>
            <numerusform>%n خدمتان</numerusform>
            <numerusform>%n خدمات</numerusform>
            <numerusform>%n خدمةً</numerusform>
            <numerusform>%n خدمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="193"/>
        <source>As typed: %1</source>
        <translation>كما أُدخل: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="195"/>
        <source>Address: %1</source>
        <translation>العنوان: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="275"/>
        <source>Click on the map where the site is.</source>
        <translation>انقر على الخريطة في مكان الموقع.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/review/queue.py" line="294"/>
        <source>Accepted %n location(s).</source>
        <translation>
            <numerusform>تم قبول %n موقع.</numerusform>
            <numerusform>تم قبول %n موقع.</numerusform>
            <numerusform>تم قبول %n موقعين.</numerusform>
            <numerusform>تم قبول %n مواقع.</numerusform>
            <numerusform>تم قبول %n موقعًا.</numerusform>
            <numerusform>تم قبول %n موقع.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="308"/>
        <source>Placed %1 sites.</source>
        <translation>المواقع التي حُدّدت على الخريطة: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="312"/>
        <source>Geocoding failed</source>
        <translation>فشل الترميز الجغرافي</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="76"/>
        <source>Confidence for Accept all</source>
        <translation>الثقة لـ «قبول الكل»</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="83"/>
        <source>Sites to review</source>
        <translation>المواقع المراد مراجعتها</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="95"/>
        <source>Places it may be</source>
        <translation>الأماكن المحتملة</translation>
    </message>
    <message>
        <location filename="../../desktop/review/queue.py" line="211"/>
        <source>Current location</source>
        <translation>الموقع الحالي</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="40"/>
        <source>active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="41"/>
        <source>inactive</source>
        <translation>غير نشطة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="42"/>
        <source>defunct</source>
        <translation>متوقفة نهائيًا</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="43"/>
        <source>temporarily closed</source>
        <translation>مغلقة مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="78"/>
        <source>Edit service</source>
        <translation>تعديل الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="103"/>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="103"/>
        <source>Women and girls</source>
        <translation>النساء والفتيات</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="104"/>
        <source>Men and boys</source>
        <translation>الرجال والفتيان</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="111"/>
        <source>Bangla, English, Chakma … or bn, en, ccp</source>
        <translation>البنغالية، الإنجليزية، الشاكما … أو bn, en, ccp</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="113"/>
        <source>01712-555123, +90 531 245 67 89 (WhatsApp)</source>
        <translation>01712-555123, +90 531 245 67 89 (واتساب)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="119"/>
        <source>Confidential (a safe house: never shown at its point)</source>
        <translation>سرّي (دار آمنة: لا يُعرض موقعها الدقيق أبدًا)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="136"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="138"/>
        <location filename="../../desktop/curation/service_editor.py" line="157"/>
        <location filename="../../desktop/curation/service_editor.py" line="160"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="139"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="140"/>
        <source>Service types</source>
        <translation>أنواع الخدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="141"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="142"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="143"/>
        <source>E-mails</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="144"/>
        <source>Hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="145"/>
        <source>Ages</source>
        <translation>الأعمار</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="146"/>
        <source>For</source>
        <translation>الفئة المستهدفة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="147"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="148"/>
        <source>Referral method</source>
        <translation>طريقة الإحالة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="149"/>
        <source>Intake criteria</source>
        <translation>معايير القبول</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="156"/>
        <source>Organisation (renaming it renames it for all its services)</source>
        <translation>المنظمة (تغيير اسمها يغيّره في جميع خدماتها)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="158"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="161"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="162"/>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="163"/>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="295"/>
        <source>No type chosen yet; kept so.</source>
        <translation>لم يُختر أي نوع بعد؛ تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="297"/>
        <source>Empty; kept as it is.</source>
        <translation>فارغ؛ تُرك كما هو.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="299"/>
        <source>Not recognised, kept as it is: %1</source>
        <translation>غير معروف، تُرك كما هو: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/service_editor.py" line="330"/>
        <source>and %n more</source>
        <translation>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="333"/>
        <source>One other service is at this place (%1): its point shows it on maps and pathways. Mark it confidential too, or move it.</source>
        <translation>توجد خدمة أخرى في هذا المكان (%1): نقطتها تُظهره على الخرائط ومسارات الإحالة. اجعلها سرية أيضاً، أو انقلها.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="335"/>
        <source>Mark it confidential too</source>
        <translation>اجعلها سرية أيضاً</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/service_editor.py" line="337"/>
        <source>%n other services are at this place (%1): their points show it on maps and pathways. Mark them confidential too, or move them.</source>
        <translation>
            <numerusform>توجد خدمات أخرى (%n) في هذا المكان (%1): نقاطها تُظهره على الخرائط ومسارات الإحالة. اجعلها سرية أيضاً، أو انقلها.</numerusform>
            <numerusform>توجد خدمات أخرى (%n) في هذا المكان (%1): نقاطها تُظهره على الخرائط ومسارات الإحالة. اجعلها سرية أيضاً، أو انقلها.</numerusform>
            <numerusform>توجد خدمات أخرى (%n) في هذا المكان (%1): نقاطها تُظهره على الخرائط ومسارات الإحالة. اجعلها سرية أيضاً، أو انقلها.</numerusform>
            <numerusform>توجد خدمات أخرى (%n) في هذا المكان (%1): نقاطها تُظهره على الخرائط ومسارات الإحالة. اجعلها سرية أيضاً، أو انقلها.</numerusform>
            <numerusform>توجد خدمات أخرى (%n) في هذا المكان (%1): نقاطها تُظهره على الخرائط ومسارات الإحالة. اجعلها سرية أيضاً، أو انقلها.</numerusform>
            <numerusform>توجد خدمات أخرى (%n) في هذا المكان (%1): نقاطها تُظهره على الخرائط ومسارات الإحالة. اجعلها سرية أيضاً، أو انقلها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/service_editor.py" line="339"/>
        <source>Mark these %n services confidential too</source>
        <translation>
            <numerusform>اجعل هذه الخدمات (%n) سرية أيضاً</numerusform>
            <numerusform>اجعل هذه الخدمات (%n) سرية أيضاً</numerusform>
            <numerusform>اجعل هذه الخدمات (%n) سرية أيضاً</numerusform>
            <numerusform>اجعل هذه الخدمات (%n) سرية أيضاً</numerusform>
            <numerusform>اجعل هذه الخدمات (%n) سرية أيضاً</numerusform>
            <numerusform>اجعل هذه الخدمات (%n) سرية أيضاً</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="341"/>
        <source>the same site</source>
        <translation>الموقع نفسه</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="341"/>
        <source>the same point</source>
        <translation>النقطة نفسها</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/service_editor.py" line="341"/>
        <source>the same address</source>
        <translation>العنوان نفسه</translation>
    </message>
</context>
<context>
    <name>ServiceTypeList</name>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="35"/>
        <source>Service type</source>
        <translation>نوع الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="35"/>
        <source>Default</source>
        <translation>الافتراضي</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="35"/>
        <source>Within</source>
        <translation>ضمن</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="52"/>
        <source>Tick the service types to analyse. Double-click “Within” to set a threshold for one type (e.g. 5km or 45min); leave it blank for the type&apos;s default.</source>
        <translation>اختر أنواع الخدمة المراد تحليلها. انقر نقراً مزدوجاً على «ضمن» لتحديد حد لنوع واحد (مثل 5km أو 45min)؛ واتركه فارغاً لاستخدام الحد الافتراضي للنوع.</translation>
    </message>
    <message>
        <location filename="../../desktop/coverage/type_list.py" line="36"/>
        <source>Service types to analyse</source>
        <translation>أنواع الخدمات المراد تحليلها</translation>
    </message>
</context>
<context>
    <name>ServiceTypesDialog</name>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="47"/>
        <location filename="../../desktop/curation/types_dialog.py" line="230"/>
        <source>Service types</source>
        <translation>أنواع الخدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="53"/>
        <source>The services of this project that have no type (or an unsure one), by the text their list gave. Tick the types each text means, then “Teach and re-type”: the project keeps your answers for its next imports, and these services get their types. A type a person chose is never changed.</source>
        <translation>خدمات هذا المشروع التي ليس لها نوع (أو لها نوع غير مؤكد)، مجمّعة حسب النص الذي وردت به في قائمتها. اختر الأنواع التي يعنيها كل نص، ثم «تعليم وإعادة التصنيف»: يحتفظ المشروع بإجاباتك لعمليات الاستيراد القادمة، وتحصل هذه الخدمات على أنواعها. لا يُغيَّر أبداً نوع اختاره شخص.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="69"/>
        <source>Mark them confidential too</source>
        <translation>اجعلها سرية أيضاً</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="72"/>
        <source>Teach and re-type</source>
        <translation>تعليم وإعادة التصنيف</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="75"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="112"/>
        <source>Open or create a project first.</source>
        <translation>افتح مشروعًا أو أنشئ مشروعًا أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="114"/>
        <source>Finding the services without a type…</source>
        <translation>جارٍ البحث عن الخدمات التي ليس لها نوع…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="119"/>
        <source>Every service has a type ServiceMap is sure of.</source>
        <translation>لكل خدمة نوع متأكد منه ServiceMap.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="128"/>
        <source>Teaching %n text(s) and re-typing the services…</source>
        <translation>
            <numerusform>جارٍ تعليم %n نص وإعادة تصنيف الخدمات…</numerusform>
            <numerusform>جارٍ تعليم نص واحد (%n) وإعادة تصنيف الخدمات…</numerusform>
            <numerusform>جارٍ تعليم نصّين (%n) وإعادة تصنيف الخدمات…</numerusform>
            <numerusform>جارٍ تعليم %n نصوص وإعادة تصنيف الخدمات…</numerusform>
            <numerusform>جارٍ تعليم %n نصاً وإعادة تصنيف الخدمات…</numerusform>
            <numerusform>جارٍ تعليم %n نص وإعادة تصنيف الخدمات…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="135"/>
        <source>Taught %1 text(s); %2 service(s) got new types; %3 still have none.</source>
        <translation>تم تعليم %1 نص؛ حصلت %2 خدمة على أنواع جديدة؛ وما زالت %3 بلا نوع.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="168"/>
        <source>and %n more</source>
        <translation>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="171"/>
        <source>1 service became confidential (a safe shelter), but other services at its place still show it on maps and pathways: %1. Mark them confidential too, or move them.</source>
        <translation>أصبحت خدمة واحدة سرية (مأوى آمن)، لكن خدمات أخرى في مكانها ما زالت تُظهره على الخرائط ومسارات الإحالة: %1. اجعلها سرية أيضاً، أو انقلها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="174"/>
        <source>%n services became confidential (safe shelters), but other services at their places still show them on maps and pathways: %1. Mark them confidential too, or move them.</source>
        <translation>
            <numerusform>أصبحت خدمات (%n) سرية (مآوٍ آمنة)، لكن خدمات أخرى في أماكنها ما زالت تُظهرها على الخرائط ومسارات الإحالة: %1. اجعلها سرية أيضاً، أو انقلها.</numerusform>
            <numerusform>أصبحت خدمات (%n) سرية (مآوٍ آمنة)، لكن خدمات أخرى في أماكنها ما زالت تُظهرها على الخرائط ومسارات الإحالة: %1. اجعلها سرية أيضاً، أو انقلها.</numerusform>
            <numerusform>أصبحت خدمات (%n) سرية (مآوٍ آمنة)، لكن خدمات أخرى في أماكنها ما زالت تُظهرها على الخرائط ومسارات الإحالة: %1. اجعلها سرية أيضاً، أو انقلها.</numerusform>
            <numerusform>أصبحت خدمات (%n) سرية (مآوٍ آمنة)، لكن خدمات أخرى في أماكنها ما زالت تُظهرها على الخرائط ومسارات الإحالة: %1. اجعلها سرية أيضاً، أو انقلها.</numerusform>
            <numerusform>أصبحت خدمات (%n) سرية (مآوٍ آمنة)، لكن خدمات أخرى في أماكنها ما زالت تُظهرها على الخرائط ومسارات الإحالة: %1. اجعلها سرية أيضاً، أو انقلها.</numerusform>
            <numerusform>أصبحت خدمات (%n) سرية (مآوٍ آمنة)، لكن خدمات أخرى في أماكنها ما زالت تُظهرها على الخرائط ومسارات الإحالة: %1. اجعلها سرية أيضاً، أو انقلها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="185"/>
        <source>Mark confidential: at the place of a safe shelter</source>
        <translation>جُعلت سرية: في مكان مأوى آمن</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/types_dialog.py" line="194"/>
        <source>Marked %n service(s) confidential.</source>
        <translation>
            <numerusform>جُعلت خدمات (%n) سرية.</numerusform>
            <numerusform>جُعلت خدمات (%n) سرية.</numerusform>
            <numerusform>جُعلت خدمات (%n) سرية.</numerusform>
            <numerusform>جُعلت خدمات (%n) سرية.</numerusform>
            <numerusform>جُعلت خدمات (%n) سرية.</numerusform>
            <numerusform>جُعلت خدمات (%n) سرية.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="220"/>
        <source>Teaching service types and re-typing the services</source>
        <translation>تعليم أنواع الخدمات وإعادة تصنيف الخدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/types_dialog.py" line="225"/>
        <source>Cancelled: nothing was taught and no service changed.</source>
        <translation>أُلغي: لم يُعلَّم شيء ولم تتغير أي خدمة.</translation>
    </message>
</context>
<context>
    <name>ServicesPanel</name>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="46"/>
        <source>Search services, organisations, places, phones…</source>
        <translation>ابحث في الخدمات والمنظمات والأماكن والهواتف…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="52"/>
        <source>Show only one type of service</source>
        <translation>عرض نوع واحد فقط من الخدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="58"/>
        <source>Not verified in 6 months</source>
        <translation>لم يُتحقق منها منذ 6 أشهر</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="59"/>
        <source>Show only services never verified, or not verified in the last 6 months</source>
        <translation>عرض الخدمات التي لم يُتحقق منها قط أو لم يُتحقق منها خلال الأشهر الستة الأخيرة فقط</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="138"/>
        <source>All service types</source>
        <translation>كل أنواع الخدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="45"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="51"/>
        <source>Service type</source>
        <translation>نوع الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="63"/>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_panel.py" line="142"/>
        <source>Service type not given</source>
        <translation>نوع الخدمة غير مذكور</translation>
    </message>
</context>
<context>
    <name>ServicesTableModel</name>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="52"/>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="52"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="53"/>
        <source>Types</source>
        <translation>الأنواع</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="53"/>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="54"/>
        <source>Admin area</source>
        <translation>المنطقة الإدارية</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="54"/>
        <source>Phones</source>
        <translation>الهواتف</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="55"/>
        <source>Hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="55"/>
        <source>Ages</source>
        <translation>الأعمار</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="56"/>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="56"/>
        <source>Verified on</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="57"/>
        <source>Location</source>
        <translation>الموقع على الخريطة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="109"/>
        <source>%1 and over</source>
        <translation>%1 فأكثر</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="111"/>
        <source>up to %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="164"/>
        <source>Confidential</source>
        <translation>سرّي</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="164"/>
        <source>Placed</source>
        <translation>محدد على الخريطة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="165"/>
        <source>Not placed</source>
        <translation>غير محدد على الخريطة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/services_model.py" line="393"/>
        <source>%1: only in this copy; the shared directory did not take it</source>
        <extracomment>A cell edit was refused; the message says why (shown in the status bar). Columns edited in place, through ``cell_editor``. Saves one cell: ``(listing, column, text) -&gt; problem`` (&quot;&quot; when saved). None: read-only.</extracomment>
        <translation>%1: في هذه النسخة فقط؛ لم يقبله الدليل المشترك</translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <location filename="../../desktop/sharing/side_by_side.py" line="79"/>
        <source>Keep which value for %1</source>
        <extracomment>The choice each of the two &quot;all&quot; buttons sets on this row: a row whose right side is not what the right button means (another person&apos;s value, not mine) says which instead.</extracomment>
        <translation>أي قيمة تُبقى لـ %1</translation>
    </message>
</context>
<context>
    <name>SkipReasons</name>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="18"/>
        <source>empty sheet</source>
        <translation>ورقة فارغة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="19"/>
        <source>no table of services (a cover page, instructions or lists): no header row in the first 30 rows names an organisation and a service</source>
        <translation>لا يوجد جدول خدمات (صفحة غلاف أو تعليمات أو قوائم): لا يوجد في أول 30 صفًا صف عناوين يذكر منظمة وخدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="22"/>
        <source>no header row with known columns</source>
        <translation>لا يوجد صف عناوين بأعمدة معروفة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="23"/>
        <source>a table turned on its side: each column is a service provider and each row a field (&apos;{label}&apos; in row {row}); turn it so that each provider is a row (in Excel: copy it, then Paste Special › Transpose) and import the copy</source>
        <translation>جدول مقلوب على جانبه: كل عمود مقدّم خدمة وكل صف حقل (&apos;{label}&apos; في الصف {row})؛ اقلبه بحيث يكون كل مقدّم خدمة صفاً (في Excel: انسخه ثم لصق خاص › تبديل الموضع) واستورد النسخة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="27"/>
        <source>the submissions of the KoBo repeat group on sheet &apos;{sheet}&apos;: their organisation, place and answers are read with each of that sheet&apos;s rows</source>
        <translation>إرساليات مجموعة التكرار في KoBo على الورقة &apos;{sheet}&apos;: تُقرأ منظمتها ومكانها وإجاباتها مع كل صف من صفوف تلك الورقة</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="30"/>
        <source>hidden in the workbook (most often old data or drop-down lists); if its rows are services, unhide the sheet in Excel or LibreOffice and import again</source>
        <translation>مخفية في المصنف (غالبًا بيانات قديمة أو قوائم منسدلة)؛ إذا كانت صفوفها خدمات، فأظهر الورقة في Excel أو LibreOffice ثم استورد مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="33"/>
        <source>a referral pathway kept as a grid (header in row {row}: a column for each of {places} places, a row for each of {types} service types, the organisations in the cells), not a list with one service per row; make a row for each organisation of each cell (organisation, service type, place, phone) and import that: &apos;servicemap grid-to-list&apos; or the import wizard&apos;s &apos;Make a list from this grid&apos; writes it</source>
        <translation>مسار إحالة محفوظ على شكل جدول (العناوين في الصف {row}: عمود لكل مكان من {places} أماكن، وصف لكل نوع من {types} أنواع خدمات، والمنظمات في الخلايا)، وليس قائمة فيها خدمة واحدة في كل صف؛ اجعل صفًا لكل منظمة في كل خلية (المنظمة، نوع الخدمة، المكان، الهاتف) ثم استوردها: يكتبها الأمر «servicemap grid-to-list» أو «إنشاء قائمة من هذا الجدول» في معالج الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="38"/>
        <source>a referral pathway kept as a grid (header in row {row}: a row for each of {places} places, {types} columns of service types, the organisations in the cells), not a list with one service per row; make a row for each organisation of each cell (organisation, service type, place, phone) and import that: &apos;servicemap grid-to-list&apos; or the import wizard&apos;s &apos;Make a list from this grid&apos; writes it</source>
        <translation>مسار إحالة محفوظ على شكل جدول (العناوين في الصف {row}: صف لكل مكان من {places} أماكن، و{types} أعمدة لأنواع الخدمات، والمنظمات في الخلايا)، وليس قائمة فيها خدمة واحدة في كل صف؛ اجعل صفًا لكل منظمة في كل خلية (المنظمة، نوع الخدمة، المكان، الهاتف) ثم استوردها: يكتبها الأمر «servicemap grid-to-list» أو «إنشاء قائمة من هذا الجدول» في معالج الاستيراد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="43"/>
        <source>{rows} rows, more than the {max} ServiceMap reads from one sheet; split the list into smaller sheets or files</source>
        <translation>{rows} صفًا، أكثر من {max} صف يقرؤها ServiceMap من ورقة واحدة؛ قسّم القائمة إلى أوراق أو ملفات أصغر</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="46"/>
        <source>{rows} rows (to cell {cell}), more than the {max} ServiceMap reads from one sheet; split the list into smaller sheets or files, or delete what is below it</source>
        <translation>{rows} صفًا (حتى الخلية {cell})، أكثر من {max} صف يقرؤها ServiceMap من ورقة واحدة؛ قسّم القائمة إلى أوراق أو ملفات أصغر، أو احذف ما تحتها</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="49"/>
        <source>{columns} columns (to cell {cell}), more than the {max} ServiceMap reads from one sheet; delete the columns right of the list and save it again</source>
        <translation>{columns} عمودًا (حتى الخلية {cell})، أكثر من {max} عمود يقرؤها ServiceMap من ورقة واحدة؛ احذف الأعمدة الواقعة يمين القائمة واحفظها من جديد</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/skip_reasons.py" line="52"/>
        <source>{rows} rows × {columns} columns (to cell {cell}), more than the {max} cells ServiceMap reads from one sheet; delete what lies below and right of the list (one stray value far away makes the whole sheet this large), or split the list</source>
        <translation>{rows} صفًا × {columns} عمودًا (حتى الخلية {cell})، أكثر من {max} خلية يقرؤها ServiceMap من ورقة واحدة؛ احذف ما يقع تحت القائمة ويمينها (قيمة واحدة شاردة بعيدًا تجعل الورقة كلها بهذا الحجم)، أو قسّم القائمة</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/window/start_page.py" line="21"/>
        <source>Welcome to ServiceMap</source>
        <translation>مرحبًا بك في ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="22"/>
        <source>Start from your admin boundaries, or look around the demo project first.</source>
        <translation>ابدأ من حدودك الإدارية، أو استكشف مشروع العرض أولًا.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="25"/>
        <source>Create a new project…</source>
        <translation>إنشاء مشروع جديد…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="26"/>
        <source>From admin boundary files (OCHA COD-AB or geoBoundaries): GeoJSON, GeoPackage, Shapefile, a .zip or a folder. Then import your list of services.</source>
        <translation>من ملفات الحدود الإدارية (OCHA COD-AB أو geoBoundaries): GeoJSON أو GeoPackage أو Shapefile أو ‎.zip أو مجلد. ثم استورد قائمة خدماتك.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="29"/>
        <source>Open the demo project</source>
        <translation>فتح مشروع العرض</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="30"/>
        <source>Fictional protection services in Bangladesh&apos;s Chattogram division, ready to explore.</source>
        <translation>خدمات حماية خيالية في قسم شاتوغرام في بنغلاديش، جاهزة للاستكشاف.</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="32"/>
        <source>Open a project…</source>
        <translation>فتح مشروع…</translation>
    </message>
    <message>
        <location filename="../../desktop/window/start_page.py" line="32"/>
        <source>A ServiceMap project file (.gpkg) you or a colleague made.</source>
        <translation>ملف مشروع ServiceMap (‎.gpkg) أنشأته أنت أو زميل.</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="37"/>
        <source>Drag the steps into the order they are followed</source>
        <translation>اسحب الخطوات لترتيبها حسب تسلسل اتباعها</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="52"/>
        <source>Drag to change the order; untick to leave a service off this step</source>
        <translation>اسحب لتغيير الترتيب؛ ألغِ التحديد لاستبعاد خدمة من هذه الخطوة</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="57"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="58"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="35"/>
        <location filename="../../desktop/pathways/steps.py" line="61"/>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="41"/>
        <location filename="../../desktop/pathways/steps.py" line="120"/>
        <source>Standard title (leave empty to use it)</source>
        <translation>العنوان المعتاد (اتركه فارغًا لاستخدامه)</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="42"/>
        <source>Leave empty to use the standard title, shown in grey</source>
        <translation>اتركه فارغًا لاستخدام العنوان المعتاد الظاهر باللون الرمادي</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="45"/>
        <location filename="../../desktop/pathways/steps.py" line="121"/>
        <source>Standard note (leave empty to use it)</source>
        <translation>الملاحظة المعتادة (اتركها فارغة لاستخدامها)</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="46"/>
        <source>Leave empty to use the standard note, shown in grey</source>
        <translation>اتركها فارغة لاستخدام الملاحظة المعتادة الظاهرة باللون الرمادي</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="64"/>
        <source>Services of this step, for the first area chosen</source>
        <translation>خدمات هذه الخطوة، للمنطقة الأولى المختارة</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="125"/>
        <source>No standard note: leave empty for none</source>
        <translation>لا توجد ملاحظة معتادة: اتركها فارغة لعدم إضافة ملاحظة</translation>
    </message>
    <message>
        <location filename="../../desktop/pathways/steps.py" line="50"/>
        <source>Services of this step</source>
        <translation>خدمات هذه الخطوة</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="102"/>
        <source>Sync</source>
        <translation>مزامنة</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="103"/>
        <source>Send this copy&apos;s changes to the shared directory and receive the others&apos;</source>
        <translation>إرسال تغييرات هذه النسخة إلى الدليل المشترك واستلام تغييرات الآخرين</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="145"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="146"/>
        <source>Last sync %1 · %n change(s) waiting</source>
        <translation>
            <numerusform>آخر مزامنة %1 · %n تغيير بالانتظار</numerusform>
            <numerusform>آخر مزامنة %1 · %n تغيير بالانتظار</numerusform>
            <numerusform>آخر مزامنة %1 · %n تغيير بالانتظار</numerusform>
            <numerusform>آخر مزامنة %1 · %n تغيير بالانتظار</numerusform>
            <numerusform>آخر مزامنة %1 · %n تغيير بالانتظار</numerusform>
            <numerusform>آخر مزامنة %1 · %n تغيير بالانتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="150"/>
        <source>%n only in this copy</source>
        <translation>
            <numerusform>%n في هذه النسخة فقط</numerusform>
            <numerusform>%n في هذه النسخة فقط</numerusform>
            <numerusform>%n في هذه النسخة فقط</numerusform>
            <numerusform>%n في هذه النسخة فقط</numerusform>
            <numerusform>%n في هذه النسخة فقط</numerusform>
            <numerusform>%n في هذه النسخة فقط</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="152"/>
        <source>only in this copy (%1)</source>
        <translation>في هذه النسخة فقط (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="159"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n تعارض</numerusform>
            <numerusform>%n تعارض</numerusform>
            <numerusform>%n تعارض</numerusform>
            <numerusform>%n تعارض</numerusform>
            <numerusform>%n تعارض</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="163"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n مرفوض</numerusform>
            <numerusform>%n مرفوض</numerusform>
            <numerusform>%n مرفوض</numerusform>
            <numerusform>%n مرفوض</numerusform>
            <numerusform>%n مرفوض</numerusform>
            <numerusform>%n مرفوض</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="166"/>
        <source>The shared directory refused records this copy made: %1. Keep them in this copy only, or discard them.</source>
        <translation>رفض الدليل المشترك سجلات أُنشئت في هذه النسخة: %1. أبقِها في هذه النسخة فقط، أو تخلّص منها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="169"/>
        <source>The shared directory refused %n change(s) this copy made; the server&apos;s values are back here: %1.</source>
        <translation>
            <numerusform>رفض الدليل المشترك تغييرات أجرتها هذه النسخة (%n)؛ عادت قيم الخادم إلى هنا: %1.</numerusform>
            <numerusform>رفض الدليل المشترك تغييرات أجرتها هذه النسخة (%n)؛ عادت قيم الخادم إلى هنا: %1.</numerusform>
            <numerusform>رفض الدليل المشترك تغييرات أجرتها هذه النسخة (%n)؛ عادت قيم الخادم إلى هنا: %1.</numerusform>
            <numerusform>رفض الدليل المشترك تغييرات أجرتها هذه النسخة (%n)؛ عادت قيم الخادم إلى هنا: %1.</numerusform>
            <numerusform>رفض الدليل المشترك تغييرات أجرتها هذه النسخة (%n)؛ عادت قيم الخادم إلى هنا: %1.</numerusform>
            <numerusform>رفض الدليل المشترك تغييرات أجرتها هذه النسخة (%n)؛ عادت قيم الخادم إلى هنا: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="199"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="232"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="233"/>
        <source>Not synced: %1</source>
        <translation>لم تتم المزامنة: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="241"/>
        <source>Not synced: why?</source>
        <translation>لم تتم المزامنة: لماذا؟</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="241"/>
        <source>Sync details</source>
        <translation>تفاصيل المزامنة</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="248"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="281"/>
        <source>Shared directory</source>
        <translation>الدليل المشترك</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="272"/>
        <source>The server asks for a password: type it to sync.</source>
        <translation>يطلب الخادم كلمة مرور: اكتبها للمزامنة.</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="282"/>
        <source>Password for %1:</source>
        <translation>كلمة المرور لـ %1:</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="284"/>
        <source>The server did not accept that password.</source>
        <translation>لم يقبل الخادم كلمة المرور هذه.</translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="62"/>
        <source>Synced: sent %1, received %2</source>
        <translation>تمت المزامنة: أُرسل %1، واستُلم %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="65"/>
        <source>%1; %n conflict(s) wait</source>
        <translation>
            <numerusform>%1؛ تعارضات تنتظر (%n)</numerusform>
            <numerusform>%1؛ تعارضات تنتظر (%n)</numerusform>
            <numerusform>%1؛ تعارضات تنتظر (%n)</numerusform>
            <numerusform>%1؛ تعارضات تنتظر (%n)</numerusform>
            <numerusform>%1؛ تعارضات تنتظر (%n)</numerusform>
            <numerusform>%1؛ تعارضات تنتظر (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/sharing/sync_bar.py" line="68"/>
        <source>%1; %n refused by the server: %2</source>
        <translation>
            <numerusform>%1؛ رفض الخادم (%n): %2</numerusform>
            <numerusform>%1؛ رفض الخادم (%n): %2</numerusform>
            <numerusform>%1؛ رفض الخادم (%n): %2</numerusform>
            <numerusform>%1؛ رفض الخادم (%n): %2</numerusform>
            <numerusform>%1؛ رفض الخادم (%n): %2</numerusform>
            <numerusform>%1؛ رفض الخادم (%n): %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="71"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>TypeAnswers</name>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="41"/>
        <source>Text in the list</source>
        <translation>النص في القائمة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="41"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="42"/>
        <source>ServiceMap read</source>
        <translation>ما قرأه ServiceMap</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="42"/>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="51"/>
        <source>Texts without a service type</source>
        <translation>نصوص بلا نوع خدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="65"/>
        <source>Service types the text means</source>
        <translation>أنواع الخدمات التي يعنيها النص</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="68"/>
        <location filename="../../desktop/curation/type_answers.py" line="208"/>
        <source>Not a service type</source>
        <translation>ليس نوع خدمة</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="69"/>
        <source>Distributions, awareness raising …: its services stay without a type, and ServiceMap does not ask about this text again</source>
        <translation>توزيعات، توعية…: تبقى خدماته بلا نوع، ولن يسأل ServiceMap عن هذا النص مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="72"/>
        <source>Skip this text</source>
        <translation>تخطَّ هذا النص</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="73"/>
        <source>Give no answer: its services keep no type (or ServiceMap&apos;s guess)</source>
        <translation>لا إجابة: تبقى خدماته بلا نوع (أو بتخمين ServiceMap)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="126"/>
        <source>%1 (unsure)</source>
        <translation>%1 (غير مؤكد)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="127"/>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="193"/>
        <source>“%1” means:</source>
        <translation>«%1» يعني:</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="194"/>
        <source>Nothing to answer: ServiceMap read a type for every text.</source>
        <translation>لا شيء للإجابة عنه: قرأ ServiceMap نوعاً لكل نص.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="208"/>
        <source>(skipped)</source>
        <translation>(متخطّى)</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/type_answers.py" line="217"/>
        <source>%1 of %2 texts answered.</source>
        <translation>أُجيب عن %1 من %2 نصوص.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/type_answers.py" line="220"/>
        <source>%n row(s) will have no service type.</source>
        <translation>
            <numerusform>%n صف سيبقى بلا نوع خدمة.</numerusform>
            <numerusform>صف واحد (%n) سيبقى بلا نوع خدمة.</numerusform>
            <numerusform>صفان (%n) سيبقيان بلا نوع خدمة.</numerusform>
            <numerusform>%n صفوف ستبقى بلا نوع خدمة.</numerusform>
            <numerusform>%n صفاً سيبقى بلا نوع خدمة.</numerusform>
            <numerusform>%n صف سيبقى بلا نوع خدمة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TypesPage</name>
    <message>
        <location filename="../../desktop/importing/types_page.py" line="21"/>
        <source>Service types</source>
        <translation>أنواع الخدمات</translation>
    </message>
    <message>
        <location filename="../../desktop/importing/types_page.py" line="22"/>
        <source>ServiceMap could not tell the service type of these texts, or is unsure. Tick the types each one means: the project keeps your answer, so the next import knows it. Skip any you are unsure of.</source>
        <translation>لم يتمكن ServiceMap من تحديد نوع الخدمة لهذه النصوص، أو هو غير متأكد منه. اختر الأنواع التي يعنيها كل نص: يحتفظ المشروع بإجابتك فيعرفها الاستيراد القادم. تخطَّ ما لست متأكداً منه.</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../desktop/curation/undo.py" line="62"/>
        <source>Redo: %1</source>
        <extracomment>The most services whose rows an edit refreshes one by one; past it (an organisation of thousands renamed) the window reads every row again. Told the reason when an undo or redo could not be written.</extracomment>
        <translation>إعادة: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="65"/>
        <source>Undo: %1</source>
        <translation>تراجع: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="87"/>
        <source>Edit service “%1”</source>
        <translation>تعديل الخدمة «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="122"/>
        <source>Restore service “%1”</source>
        <translation>استعادة الخدمة «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/undo.py" line="124"/>
        <source>Delete service “%1”</source>
        <translation>حذف الخدمة «%1»</translation>
    </message>
</context>
<context>
    <name>WarningsBar</name>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="31"/>
        <source>Warnings about the directory</source>
        <translation>تحذيرات بشأن الدليل</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="32"/>
        <source>Service types…</source>
        <translation>أنواع الخدمات…</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="33"/>
        <source>Give the services without a type their types</source>
        <translation>حدّد أنواع الخدمات التي ليس لها نوع</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/warnings_bar.py" line="53"/>
        <source>No service has the type %1 here, but %n service(s) have no type and may be of it: see %2 to give them types.</source>
        <translation>
            <numerusform>لا توجد هنا خدمة من النوع %1، لكن %n خدمة بلا نوع وقد تكون منه: راجع %2 لتحديد أنواعها.</numerusform>
            <numerusform>لا توجد هنا خدمة من النوع %1، لكن خدمة واحدة (%n) بلا نوع وقد تكون منه: راجع %2 لتحديد نوعها.</numerusform>
            <numerusform>لا توجد هنا خدمة من النوع %1، لكن خدمتين (%n) بلا نوع وقد تكونان منه: راجع %2 لتحديد نوعيهما.</numerusform>
            <numerusform>لا توجد هنا خدمة من النوع %1، لكن %n خدمات بلا نوع وقد تكون منه: راجع %2 لتحديد أنواعها.</numerusform>
            <numerusform>لا توجد هنا خدمة من النوع %1، لكن %n خدمة بلا نوع وقد تكون منه: راجع %2 لتحديد أنواعها.</numerusform>
            <numerusform>لا توجد هنا خدمة من النوع %1، لكن %n خدمة بلا نوع وقد تكون منه: راجع %2 لتحديد أنواعها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/warnings_bar.py" line="56"/>
        <source>%n service(s) have no type and are left out: see %1 to give them types.</source>
        <translation>
            <numerusform>%n خدمة بلا نوع ومستبعدة: راجع %1 لتحديد أنواعها.</numerusform>
            <numerusform>خدمة واحدة (%n) بلا نوع ومستبعدة: راجع %1 لتحديد نوعها.</numerusform>
            <numerusform>خدمتان (%n) بلا نوع ومستبعدتان: راجع %1 لتحديد نوعيهما.</numerusform>
            <numerusform>%n خدمات بلا نوع ومستبعدة: راجع %1 لتحديد أنواعها.</numerusform>
            <numerusform>%n خدمة بلا نوع ومستبعدة: راجع %1 لتحديد أنواعها.</numerusform>
            <numerusform>%n خدمة بلا نوع ومستبعدة: راجع %1 لتحديد أنواعها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="59"/>
        <source>%1 has services none of which is verified: check them with their providers before relying on them.</source>
        <translation>في %1 خدمات لم يُتحقَّق من أيٍّ منها: تحقَّق منها مع مقدّميها قبل الاعتماد عليها.</translation>
    </message>
    <message>
        <location filename="../../desktop/curation/warnings_bar.py" line="61"/>
        <source> and %1 more</source>
        <translation> و%1 أخرى</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/curation/warnings_bar.py" line="62"/>
        <source>%n areas have services none of which is verified: %1%2. Check them with their providers before relying on them.</source>
        <translation>
            <numerusform>في %n منطقة خدمات لم يُتحقَّق من أيٍّ منها: %1%2. تحقَّق منها مع مقدّميها قبل الاعتماد عليها.</numerusform>
            <numerusform>في منطقة واحدة (%n) خدمات لم يُتحقَّق من أيٍّ منها: %1%2. تحقَّق منها مع مقدّميها قبل الاعتماد عليها.</numerusform>
            <numerusform>في منطقتين (%n) خدمات لم يُتحقَّق من أيٍّ منها: %1%2. تحقَّق منها مع مقدّميها قبل الاعتماد عليها.</numerusform>
            <numerusform>في %n مناطق خدمات لم يُتحقَّق من أيٍّ منها: %1%2. تحقَّق منها مع مقدّميها قبل الاعتماد عليها.</numerusform>
            <numerusform>في %n منطقة خدمات لم يُتحقَّق من أيٍّ منها: %1%2. تحقَّق منها مع مقدّميها قبل الاعتماد عليها.</numerusform>
            <numerusform>في %n منطقة خدمات لم يُتحقَّق من أيٍّ منها: %1%2. تحقَّق منها مع مقدّميها قبل الاعتماد عليها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="384"/>
        <source>Shared directory</source>
        <translation>الدليل المشترك</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="330"/>
        <source>&amp;Share this project…</source>
        <translation>م&amp;شاركة هذا المشروع…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="331"/>
        <source>Open a s&amp;hared directory…</source>
        <translation>فتح &amp;دليل مشترك…</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="342"/>
        <source>Share this project</source>
        <translation>مشاركة هذا المشروع</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="343"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="353"/>
        <source>Address of the shared directory (postgresql://USER@HOST/DATABASE):</source>
        <translation>عنوان الدليل المشترك (postgresql://USER@HOST/DATABASE):</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="352"/>
        <location filename="../../desktop/sharing/sync_bar.py" line="356"/>
        <source>Open a shared directory</source>
        <translation>فتح دليل مشترك</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="357"/>
        <source>Only these areas (P-codes, separated by spaces; empty for all):</source>
        <translation>هذه المناطق فقط (رموز P مفصولة بمسافات؛ فارغ للكل):</translation>
    </message>
    <message>
        <location filename="../../desktop/sharing/sync_bar.py" line="361"/>
        <source>Save the offline copy as</source>
        <translation>حفظ النسخة غير المتصلة باسم</translation>
    </message>
</context>
</TS>
