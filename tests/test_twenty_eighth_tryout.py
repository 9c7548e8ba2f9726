"""What the twenty-eighth blind tryout found (lists written from a brief by someone who had not read the code: a
Roraima and Amazonas list in Portuguese, a Turkish mapping of the earthquake zone with a sheet per province, a KoBo
export from Central Sulawesi and NTT in Bahasa Indonesia, a Malawi directory pasted from Word). At first sight
three safe houses of the ten were not hidden: the Indonesian export's header was not found (a data row was taken
for it) and the Amazonas sheet was skipped (its Portuguese headers were not known)."""

from __future__ import annotations

import csv

import pytest

from directory.taxonomy import default_taxonomy
from importers.columns import header_field
from importers.pipeline import read_file
from importers.service_types import TypeFinder, no_service
from tests.helpers import write_sheets


@pytest.fixture(scope="module")
def finder():
    return TypeFinder(default_taxonomy())


def _kobo_csv(path, header, rows):
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_a_kobo_export_in_bahasa_indonesia_hides_its_safe_house(tmp_path):
    header = ["start", "end", "grp_lokasi/kabupaten", "grp_lembaga/nama_lembaga", "grp_layanan/jenis_layanan",
              "grp_layanan/deskripsi_layanan", "grp_layanan/status_layanan", "grp_kontak/no_telp", "grp_catatan/catatan",
              "_id", "_uuid", "_submission_time", "_index"]
    path = _kobo_csv(tmp_path / "pemetaan.csv", header, [
        ["2024-05-14", "2024-05-14", "kota_palu", "UPTD PPA Provinsi Sulawesi Tengah", "pengaduan pendampingan",
         "Layanan pengaduan, pengelolaan kasus, pendampingan psikologis oleh psikolog klinis, pendampingan hukum",
         "aktif", "0451 421 234", "", "1", "u1", "2024-05-14T02:00:00", "1"],
        ["2024-05-14", "2024-05-14", "kota_palu", "Rumah Aman UPTD PPA Sulteng", "rumah_aman",
         "Rumah aman (shelter sementara) bagi korban kekerasan seksual & KDRT beserta anak", "aktif", "", 
         "alamat dirahasiakan", "2", "u2", "2024-05-14T03:00:00", "2"],
        ["2024-05-15", "2024-05-15", "kota_palu", "Unit PPA Polresta Palu", "pengaduan",
         "Penerimaan laporan/pengaduan, penyidikan, permintaan visum", "aktif", "110", "", "3", "u3",
         "2024-05-15T02:00:00", "3"],
        ["2024-05-15", "2024-05-15", "sigi", "Subklaster PA & GBV Sulteng", "lainnya",
         "Rapat koordinasi Subklaster Perlindungan Anak & GBV tiap Kamis", "aktif", "", "", "4", "u4",
         "2024-05-15T03:00:00", "4"],
    ])
    result = read_file(path, region="ID")
    assert result.tables[0].header_row == 0
    uptd, shelter, police = result.services
    assert uptd.service_types == ["case_management", "mhpss", "legal_aid"]
    assert shelter.service_types == ["safe_shelter"] and shelter.confidential
    assert police.service_types == ["police"]
    assert result.rows[-1].status == "not-a-service"


def test_a_kobo_export_whose_questions_are_in_a_language_it_does_not_know_keeps_its_header(tmp_path):
    """Before, a data row full of words ("Organisation | Service type | Phone number …") was taken for the header."""
    path = _kobo_csv(tmp_path / "kobo.csv",
                     ["start", "grp/jina_la_shirika", "grp/aina_ya_huduma", "grp/simu", "_id", "_uuid", "_index"], [
                         ["2024-05-13", "IRC", "cm", "0712 345 678", "1", "a1", "1"],
                         ["2024-05-14", "Organisation", "Service type", "Phone number / Contact person", "2", "a2", "2"],
                     ])
    result = read_file(path)
    assert result.tables[0].header_row == 0
    assert all(o.status != "imported" for o in result.rows)  # no organisation column: each row says so


@pytest.mark.parametrize("header, field", [
    ("Órgão / Instituição", "organisation"), ("Tipo de atendimento", "types"), ("Obs", "remarks"), ("Fone", "phone"),
    ("grp_lembaga/nama_lembaga", "organisation"), ("grp_layanan/jenis_layanan", "types"), ("Kecamatan", "adm3"),
    ("İl", "adm1"), ("İlçe", "adm2"), ("Kurum / Kuruluş", "organisation"), ("Durum", "status"),
])
def test_headers_in_portuguese_bahasa_and_turkish(header, field):
    assert header_field(header)[0] == field


def test_a_portuguese_sheet_with_a_secret_shelter_and_collective_migrant_shelters(tmp_path):
    path = write_sheets(tmp_path / "br.xlsx", {"AMAZONAS": [
        ["REDE DE PROTEÇÃO – MANAUS/AM"],
        ["Zona", "Bairro", "Órgão / Instituição", "Tipo de atendimento", "Horário", "Fone", "Obs"],
        [None, "Adrianópolis", "SEMASC", "CREAS Centro-Sul - PAEFI: atendimento a crianças e adolescentes vítimas",
         "seg-sex 8h às 17h", "(92) 3215-2762", None],
        [None, "Sigiloso", "SEMASC", "Casa abrigo: acolhimento provisório e sigiloso p/ mulheres em risco e filhos",
         "24h", "via CREAS", "NÃO DIVULGAR endereço"],
        [None, "Pricumã", "Operação Acolhida", "Abrigo Rondon 1 - acolhimento coletivo de famílias venezuelanas",
         "24h", "(95) 99111-0000", None],
        [None, "Centro", "Cáritas", "Entrega de cestas básicas e kits de higiene (1ª sexta do mês)", None, None, None],
    ]})
    result = read_file(path, region="BR")
    assert not result.skipped_sheets
    creas, casa, abrigo = result.services
    assert "case_management" in creas.service_types
    assert casa.confidential and not abrigo.confidential  # a public collective shelter shows its place
    assert result.rows[-1].status == "not-a-service"


@pytest.mark.parametrize("texts, types", [
    ({"type_column": "Şiddet önleme: psikososyal destek, hukuki danışmanlık, koruma tedbiri takibi"},
     ("mhpss", "legal_aid", "case_management")),
    ({"type_column": "Psikolojik danışmanlık (Türkçe, Arapça, Farsça)"}, ("mhpss",)),
    ({"type_column": "Fizik tedavi, yardımcı cihaz temini, engelli çocuklar için rehabilitasyon"}, ("disability_support",)),
    ({"type_column": "Geçici Eğitim Merkezi (konteyner okul)"}, ("education",)),
    ({"type_column": "Bantuan hukum gratis bagi perempuan korban kekerasan; pendampingan persidangan"}, ("legal_aid",)),
    ({"type_column": "Ruang Ramah Anak (RRA), kegiatan psikososial anak"}, ("child_friendly_space", "mhpss")),
    ({"type_column": "Pelayanan akta kelahiran & KIA (Kartu Identitas Anak)"}, ("birth_registration",)),
    ({"type_column": "Serviço de acolhimento em família acolhedora p/ crianças afastadas da família"},
     ("alternative_care",)),
    ({"type_column": "Espaço Seguro p/ Mulheres e Meninas: rodas de conversa, apoio psicossocial"},
     ("community_based_protection", "mhpss")),
    ({"type_column": "CVSU Makanjira – receiving complaints, referral"}, ("community_based_protection",)),
])
def test_the_tryouts_words(finder, texts, types):
    assert finder.find(**texts).codes == types


@pytest.mark.parametrize("text, left_out", [
    ("Kışlık yardım dağıtımı (battaniye, ısıtıcı)", True), ("Psikolojik İlk Yardım (PFA) eğitimi – belediye personeli", True),
    ("'Çocuk yaşta evliliğe hayır' farkındalık kampanyası", True), ("Rapat koordinasi Subklaster", True),
    ("Sosialisasi pencegahan perkawinan anak", True), ("Pelatihan manajemen kasus untuk Sakti Peksos", True),
    ("Distribusi dignity kit untuk perempuan", True), ("Entrega de cestas básicas e kits de higiene", True),
    ("Capacitação: fluxo de atendimento, p/ conselheiros tutelares e rede", True),
    ("Pelatihan keterampilan menjahit untuk perempuan kepala keluarga", False), ("Psikososyal destek", False),
])
def test_activities_that_are_no_service(text, left_out):
    assert no_service(text) == left_out


def test_totals_and_gaps_in_turkish_and_bahasa(tmp_path):
    path = write_sheets(tmp_path / "tr.xlsx", {"HATAY": [
        ["İl", "İlçe", "Kurum / Kuruluş", "Hizmet", "Telefon", "Durum"],
        ["Hatay", "Antakya", "ŞÖNİM Hatay", "Psikososyal destek, hukuki danışmanlık", "0326 000 00 00", "Aktif"],
        [None, None, "GAP / kesenjangan", "Kırıkhan'da konukevi yok", None, None],
        [None, None, None, "TOPLAM", "14 hizmet", None],
    ]})
    result = read_file(path, region="TR")
    assert [o.status for o in result.rows] == ["imported", "not-a-service", "not-a-service"]
