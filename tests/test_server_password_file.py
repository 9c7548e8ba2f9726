"""Whether a server's password is kept where libpq finds it by itself (then no prompt first)."""

from __future__ import annotations

from directory.server import connect


def test_the_password_file_lines_libpq_would_match(tmp_path, monkeypatch):
    passfile = tmp_path / "pgpass"
    passfile.write_text("# a comment\nother.host:5432:*:rafiq:x\n127.0.0.1:5433:shared\\:dir:amina:secret\n"
                        "*:*:*:nasrin:y\n", encoding="utf-8")
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setattr(connect, "keyring_password", lambda url: None)
    assert connect._pgpass_fields("127.0.0.1:5433:shared\\:dir:amina:secret") == ["127.0.0.1", "5433", "shared:dir",
                                                                                "amina", "secret"]
    assert connect.stored_password("postgresql://rafiq@other.host/db")  # default port 5432, any database
    assert not connect.stored_password("postgresql://rafiq@other.host:6000/db")
    assert connect.stored_password("postgresql://nasrin@anywhere:1/x")
    assert not connect.stored_password("postgresql://amina@127.0.0.1:5433/another")
    monkeypatch.setattr(connect, "keyring_password", lambda url: "from the keyring")
    assert connect.stored_password("postgresql://amina@127.0.0.1:5433/another")


def test_no_password_file_is_none_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "absent"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setattr(connect, "keyring_password", lambda url: None)
    assert not connect.stored_password("postgresql://amina@127.0.0.1:5433/shared")
