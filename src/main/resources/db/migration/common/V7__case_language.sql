-- The language a member reads, zh (the default: the charter's binding language) or en: the register's
-- messages to the member are written in it.
ALTER TABLE gov_member ADD COLUMN language VARCHAR(2) DEFAULT 'zh' NOT NULL;
ALTER TABLE gov_member ADD CONSTRAINT gov_member_language CHECK (language IN ('zh', 'en'));

-- A resolution's reason in Chinese beside the English one, so that each reader gets it in their language.
ALTER TABLE gov_resolution ADD COLUMN reason_zh VARCHAR(500);
