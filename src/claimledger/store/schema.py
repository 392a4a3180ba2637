"""The ledger's schema as named migrations, applied in order and recorded in the transaction that
applies them.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[str, str], ...] = (
    ("0001_initial", """
CREATE TABLE runs (
    id {serial},
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,
    claimledger_version TEXT NOT NULL,
    inputs TEXT NOT NULL,
    settings TEXT NOT NULL,
    documents_read INTEGER NOT NULL DEFAULT 0,
    documents_new INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    path TEXT NOT NULL,
    url TEXT,
    title TEXT,
    outlet TEXT,
    author TEXT,
    published TEXT,
    published_inferred TEXT,
    language TEXT,
    voice TEXT,
    format TEXT NOT NULL,
    encoding TEXT NOT NULL,
    text TEXT NOT NULL,
    other_languages TEXT NOT NULL DEFAULT '[]',
    removed_characters TEXT NOT NULL DEFAULT '{}',
    notices TEXT NOT NULL DEFAULT '[]',
    run_id INTEGER REFERENCES runs(id)
);
CREATE TABLE debris (
    document_id TEXT NOT NULL REFERENCES documents(id),
    line_no INTEGER NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (document_id, line_no)
);
CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id),
    kind TEXT NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    evidence TEXT NOT NULL,
    value TEXT,
    unit TEXT,
    approx TEXT NOT NULL,
    what TEXT,
    what_key TEXT,
    speaker TEXT,
    attributed_to TEXT,
    part_of TEXT REFERENCES claims(id),
    members TEXT NOT NULL DEFAULT '[]',
    via TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX claims_by_document ON claims(document_id);
CREATE TABLE claim_groups (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    what TEXT NOT NULL,
    verdict TEXT NOT NULL,
    independent_origins INTEGER NOT NULL,
    origins TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE group_claims (
    group_id TEXT NOT NULL REFERENCES claim_groups(id),
    claim_id TEXT NOT NULL REFERENCES claims(id),
    PRIMARY KEY (group_id, claim_id)
);
CREATE TABLE reuse_pairs (
    document_a TEXT NOT NULL REFERENCES documents(id),
    document_b TEXT NOT NULL REFERENCES documents(id),
    score {float} NOT NULL,
    passages TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (document_a, document_b)
);
CREATE TABLE rejects (
    id {serial},
    path TEXT NOT NULL,
    location TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    raw_sha256 TEXT NOT NULL,
    run_id INTEGER REFERENCES runs(id),
    UNIQUE (path, location, code, raw_sha256)
);
CREATE TABLE ledger_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""),
    # "rose from 12,000 to 15,000": the claim of the later value names the claim of the earlier
    ("0002_changed_from", "ALTER TABLE claims ADD COLUMN changed_from TEXT REFERENCES claims(id)"),
    ("0003_group_made_by", "ALTER TABLE claim_groups ADD COLUMN made_by TEXT"),  # the claimledger version
    ("0004_claim_measure", "ALTER TABLE claims ADD COLUMN measure TEXT"),
    ("0005_claim_counted", "ALTER TABLE claims ADD COLUMN counted TEXT"),
    ("0006_claim_event", "ALTER TABLE claims ADD COLUMN event TEXT"),
    # a group id that a derive retired (its group merged into another, or split), and the group
    # holding most of its claims now, so that an old link still leads somewhere
    ("0007_group_aliases", "CREATE TABLE group_aliases (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL)"),
    # the process and machine of a running build, so that a later build can tell a killed one
    ("0008_run_process", "ALTER TABLE runs ADD COLUMN process TEXT"),
    # a claim's group, for the API's one claim and the links from a claim to its group
    ("0009_group_claims_by_claim", "CREATE INDEX group_claims_by_claim ON group_claims(claim_id)"),
    # each origin of a group with its documents and why they count as one, for the drill-down
    ("0010_group_origin_members", "ALTER TABLE claim_groups ADD COLUMN origin_members TEXT NOT NULL DEFAULT '[]'"),
    # attribution claims: the source and the content beside the cue the claim's span covers
    ("0011_claim_source_and_content", "ALTER TABLE claims ADD COLUMN source_start INTEGER;"
                                      " ALTER TABLE claims ADD COLUMN source_end INTEGER;"
                                      " ALTER TABLE claims ADD COLUMN content_start INTEGER;"
                                      " ALTER TABLE claims ADD COLUMN content_end INTEGER"),
    # what read a document (Settings.extract_fingerprint): a build after an upgrade reads it again
    ("0012_document_extracted_with", "ALTER TABLE documents ADD COLUMN extracted_with TEXT"),
    # the moment of publication where the source gives a time, to order the reports of one day
    ("0013_document_published_at", "ALTER TABLE documents ADD COLUMN published_at TEXT"),
    # the month a statistic is of: "added 142,000 jobs in August"
    ("0014_claim_period", "ALTER TABLE claims ADD COLUMN period TEXT"),
    # the place an incident's count is of: "1,200 people in Varnia and 340 in Oskel"
    ("0015_claim_place", "ALTER TABLE claims ADD COLUMN place TEXT"),
    # the story or event a source's record names, for an archive of many events (grouping.events)
    ("0016_document_story", "ALTER TABLE documents ADD COLUMN story TEXT"),
    # the event a group's claims report, where the ledger holds several (build --events)
    ("0017_group_event", "ALTER TABLE claim_groups ADD COLUMN event TEXT"),
)


KNOWN_MIGRATIONS = frozenset(name for name, _ in MIGRATIONS)


LEDGER_TABLES = ("documents", "debris", "claims", "claim_groups", "group_claims", "reuse_pairs", "rejects")
