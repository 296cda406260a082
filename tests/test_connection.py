"""Database URLs, the network-share guard and SQLite's connection settings."""
from __future__ import annotations

import re

import pytest
from peewee import IntegrityError, PostgresqlDatabase, SqliteDatabase

import db.connection
from db.connection import (
    DatabaseConfigError,
    DatabaseURL,
    is_network_path,
    is_postgres,
    make_database,
    open_database,
    parse_url,
)

CJK = re.compile(r"[\u4e00-\u9fff]")


# -- parse_url -------------------------------------------------------------------------------------

@pytest.mark.parametrize("url, path", [
    ("sqlite:////var/lib/kaiban/kaiban.db", "/var/lib/kaiban/kaiban.db"),
    ("sqlite:///data/kaiban.db", "data/kaiban.db"),
    ("sqlite:///C:/Users/clerk/kaiban.db", "C:/Users/clerk/kaiban.db"),
    ("  sqlite:////tmp/x.db\n", "/tmp/x.db"),
])
def test_parse_sqlite_url(url, path):
    parsed = parse_url(url)
    assert parsed.is_sqlite
    assert parsed.scheme == "sqlite"
    assert parsed.path == path


def test_parse_postgresql_url_with_percent_encoded_credentials():
    parsed = parse_url("postgresql://kai%40ban:p%40ss%3Aw%2Frd%23%20%25x@db.example.cn:6543/kaiban_prod")
    assert not parsed.is_sqlite
    assert (parsed.scheme, parsed.host, parsed.port, parsed.name) == ("postgresql", "db.example.cn", 6543,
                                                                      "kaiban_prod")
    assert parsed.user == "kai@ban"
    assert parsed.password == "p@ss:w/rd# %x"


def test_parse_postgresql_url_defaults():
    parsed = parse_url("postgres://clerk@db.example.cn/kaiban")
    assert parsed.scheme == "postgresql"
    assert parsed.port == 5432
    assert parsed.password is None
    assert parse_url("postgresql:///kaiban").host == "127.0.0.1"


def test_render_round_trips_and_display_hides_the_password():
    url = DatabaseURL(scheme="postgresql", host="db.example.cn", port=6543, name="kaiban", user="kai@ban",
                      password="p@ss:w/rd# %x")
    assert parse_url(url.render(with_password=True)) == url
    assert "p@ss" not in url.render() and "rd#" not in url.render()
    assert "p@ss" not in url.display() and url.display() == "kai@ban@db.example.cn:6543/kaiban"
    assert parse_url(parse_url("sqlite:////tmp/k.db").render()).path == "/tmp/k.db"


@pytest.mark.parametrize("url", [
    "mysql://root@localhost/kaiban",
    "kaiban.db",
    "sqlite://relative.db",
    "sqlite:///",
    "postgresql://clerk@db.example.cn/",
    "postgresql://clerk@db.example.cn:notaport/kaiban",
    "postgresql://clerk@db.example.cn:99999/kaiban",
])
def test_invalid_url_raises_database_config_error_in_chinese(url):
    with pytest.raises(DatabaseConfigError) as info:
        parse_url(url)
    assert CJK.search(str(info.value)), str(info.value)


def test_unrecognised_url_message_says_what_is_expected():
    with pytest.raises(DatabaseConfigError, match="无法识别的数据库地址") as info:
        parse_url("mysql://root@localhost/kaiban")
    assert "sqlite:///" in str(info.value) and "postgresql://" in str(info.value)


# -- network shares -----------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["\\\\server\\share\\kaiban.db", "//server/share/kaiban.db"])
def test_unc_paths_are_network_paths(path, tmp_path):
    assert is_network_path(path, mounts_file=str(tmp_path / "no-mounts"), platform="linux")


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
fileserver:/export/kaiban /kbtest/nfs nfs4 rw,relatime,vers=4.2 0 0
//fileserver/share /kbtest/smb cifs rw,relatime 0 0
clerk@host:/srv /kbtest/ssh fuse.sshfs rw,nosuid 0 0
/dev/sdb1 /kbtest/nfs/local ext4 rw,relatime 0 0
/dev/sdc1 /kbtest/smb2 ext4 rw,relatime 0 0
fileserver:/export/other /kbtest/with\\040space nfs rw 0 0
"""


@pytest.mark.parametrize("path, expected", [
    ("/kbtest/nfs/kaiban.db", True),
    ("/kbtest/nfs/deeper/dir/kaiban.db", True),
    ("/kbtest/smb/kaiban.db", True),
    ("/kbtest/ssh/data/kaiban.db", True),
    ("/kbtest/with space/kaiban.db", True),
    ("/kbtest/nfs/local/kaiban.db", False),  # a local disk mounted inside the share: longest mount wins
    ("/kbtest/smb2/kaiban.db", False),  # /kbtest/smb is a prefix of the name, not a parent directory
    ("/kbtest/home/kaiban.db", False),  # on / (ext4)
])
def test_network_filesystem_detected_from_the_mount_table(tmp_path, path, expected):
    mounts = tmp_path / "mounts"
    mounts.write_text(MOUNTS)
    assert is_network_path(path, mounts_file=str(mounts), platform="linux") is expected


def test_unknown_mount_table_is_not_a_network_path(tmp_path):
    assert is_network_path("/kbtest/nfs/kaiban.db", mounts_file=str(tmp_path / "missing"),
                           platform="linux") is False


def test_make_database_refuses_sqlite_on_a_network_share(tmp_path, monkeypatch):
    share = tmp_path / "share"
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\nfileserver:/export {share} nfs4 rw 0 0\n")
    monkeypatch.setattr(db.connection, "MOUNTS_FILE", str(mounts))
    with pytest.raises(DatabaseConfigError) as info:
        make_database(f"sqlite:///{share / 'office' / 'kaiban.db'}")
    assert "PostgreSQL" in str(info.value)
    assert "网络共享" in str(info.value)
    assert not (share / "office").exists()  # refused before creating anything
    # The same file on a local disk is fine.
    assert isinstance(make_database(f"sqlite:///{tmp_path / 'local' / 'kaiban.db'}"), SqliteDatabase)


def test_make_database_refuses_a_unc_path():
    with pytest.raises(DatabaseConfigError, match="PostgreSQL"):
        make_database("sqlite:///\\\\server\\share\\kaiban.db")


def test_make_database_builds_postgres_without_connecting():
    database = make_database("postgresql://clerk:s3cret@db.example.cn:6543/kaiban")
    assert isinstance(database, PostgresqlDatabase)
    assert is_postgres(database)
    assert database.database == "kaiban"
    assert database.connect_params["host"] == "db.example.cn"
    assert database.connect_params["port"] == 6543
    assert database.connect_params["password"] == "s3cret"
    assert database.is_closed()


# -- SQLite settings ---------------------------------------------------------------------------------

def test_sqlite_runs_in_wal_with_foreign_keys_and_a_busy_timeout(sqlite_url):
    database = open_database(sqlite_url)
    assert not is_postgres(database)
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] > 0
    database.execute_sql("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    database.execute_sql("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id))")
    with pytest.raises(IntegrityError):
        database.execute_sql("INSERT INTO child (parent_id) VALUES (42)")


def test_open_database_creates_the_directory_of_a_new_file(tmp_path):
    url = f"sqlite:///{tmp_path / 'new' / 'dir' / 'kaiban.db'}"
    try:
        open_database(url)
        assert (tmp_path / "new" / "dir" / "kaiban.db").exists()
    finally:
        db.connection.close_database()
