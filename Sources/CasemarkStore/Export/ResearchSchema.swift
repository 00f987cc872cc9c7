/// The research database's tables, indexes and views (docs/file-format.md, "The research
/// database", documents every table and column; researchers' queries rely on them). `PRAGMA user_version` carries
/// `version`: raise it when a table or column changes meaning or goes; adding one keeps it.
enum ResearchSchema {
    static let version = 1

    /// The tables, created empty before the rows go in.
    static let tables = """
        CREATE TABLE export_info (
            schema_version INTEGER NOT NULL,
            made_by TEXT NOT NULL,
            exported_at TEXT NOT NULL,
            inspections INTEGER NOT NULL,
            cases INTEGER NOT NULL,
            anonymised INTEGER NOT NULL
        );
        CREATE TABLE inspections (
            inspection TEXT PRIMARY KEY NOT NULL,
            provider TEXT NOT NULL,
            framework TEXT NOT NULL,
            framework_title TEXT NOT NULL,
            cases INTEGER NOT NULL,
            created_at TEXT,
            created_by TEXT,
            second_mark_of TEXT,
            overall_score INTEGER,
            overall_rating TEXT,
            rated_standards INTEGER NOT NULL,
            total_standards INTEGER NOT NULL,
            anonymised INTEGER NOT NULL,
            overall_maximum_score INTEGER NOT NULL
        );
        CREATE TABLE standards (
            inspection TEXT NOT NULL REFERENCES inspections (inspection),
            standard TEXT NOT NULL,
            domain TEXT NOT NULL,
            title TEXT NOT NULL,
            rated_from TEXT NOT NULL,
            sample TEXT,
            position INTEGER NOT NULL,
            counts_toward_overall INTEGER NOT NULL,
            PRIMARY KEY (inspection, standard)
        );
        CREATE TABLE key_questions (
            inspection TEXT NOT NULL,
            key_question TEXT NOT NULL,
            standard TEXT NOT NULL,
            text TEXT NOT NULL,
            not_applicable_when TEXT,
            not_applicable_values TEXT,
            position INTEGER NOT NULL,
            PRIMARY KEY (inspection, key_question),
            FOREIGN KEY (inspection, standard) REFERENCES standards (inspection, standard)
        );
        CREATE TABLE framework_prompts (
            inspection TEXT NOT NULL,
            key_question TEXT NOT NULL,
            prompt TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (inspection, key_question, prompt),
            FOREIGN KEY (inspection, key_question) REFERENCES key_questions (inspection, key_question)
        );
        CREATE TABLE band_thresholds (
            inspection TEXT NOT NULL REFERENCES inspections (inspection),
            band TEXT NOT NULL,
            minimum_percent INTEGER NOT NULL,
            PRIMARY KEY (inspection, band)
        );
        CREATE TABLE cases (
            inspection TEXT NOT NULL REFERENCES inspections (inspection),
            case_id TEXT NOT NULL,
            sample TEXT NOT NULL,
            status TEXT NOT NULL,
            responsible_officer TEXT NOT NULL,
            officer_grade TEXT,
            PRIMARY KEY (inspection, case_id)
        );
        CREATE TABLE case_attributes (
            inspection TEXT NOT NULL,
            case_id TEXT NOT NULL,
            name TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (inspection, case_id, name),
            FOREIGN KEY (inspection, case_id) REFERENCES cases (inspection, case_id)
        );
        CREATE TABLE outside_sub_sample (
            inspection TEXT NOT NULL,
            case_id TEXT NOT NULL,
            key_question TEXT NOT NULL,
            attribute TEXT NOT NULL,
            PRIMARY KEY (inspection, case_id, key_question),
            FOREIGN KEY (inspection, case_id) REFERENCES cases (inspection, case_id),
            FOREIGN KEY (inspection, key_question) REFERENCES key_questions (inspection, key_question)
        );
        CREATE TABLE answers (
            inspection TEXT NOT NULL,
            case_id TEXT NOT NULL,
            key_question TEXT NOT NULL,
            answer TEXT CHECK (answer IN ('yes', 'no', 'na')),
            note TEXT,
            by TEXT,
            at TEXT,
            PRIMARY KEY (inspection, case_id, key_question),
            FOREIGN KEY (inspection, case_id) REFERENCES cases (inspection, case_id),
            FOREIGN KEY (inspection, key_question) REFERENCES key_questions (inspection, key_question)
        );
        CREATE TABLE prompts (
            inspection TEXT NOT NULL,
            case_id TEXT NOT NULL,
            key_question TEXT NOT NULL,
            prompt TEXT NOT NULL,
            PRIMARY KEY (inspection, case_id, key_question, prompt),
            FOREIGN KEY (inspection, case_id, key_question) REFERENCES answers (inspection, case_id, key_question)
        );
        CREATE TABLE history (
            history_id INTEGER PRIMARY KEY,
            inspection TEXT NOT NULL REFERENCES inspections (inspection),
            case_id TEXT,
            change_id TEXT NOT NULL,
            event TEXT NOT NULL,
            key_question TEXT,
            standard TEXT,
            previous TEXT,
            value TEXT,
            previous_note TEXT,
            note TEXT,
            prompts TEXT,
            reason TEXT,
            moderated INTEGER NOT NULL,
            replaces TEXT,
            by TEXT NOT NULL,
            at TEXT NOT NULL,
            FOREIGN KEY (inspection, case_id) REFERENCES cases (inspection, case_id)
        );
        CREATE TABLE ratings (
            inspection TEXT NOT NULL,
            standard TEXT NOT NULL,
            kind TEXT NOT NULL,
            rating TEXT NOT NULL,
            reason TEXT,
            by TEXT,
            at TEXT,
            PRIMARY KEY (inspection, standard),
            FOREIGN KEY (inspection, standard) REFERENCES standards (inspection, standard)
        );
        CREATE TABLE comments (
            inspection TEXT NOT NULL,
            case_id TEXT NOT NULL,
            comment_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            thread TEXT NOT NULL,
            key_question TEXT,
            text TEXT,
            by TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (inspection, case_id, comment_id),
            FOREIGN KEY (inspection, case_id) REFERENCES cases (inspection, case_id)
        );
        CREATE TABLE conflicts (
            conflict_value_id INTEGER PRIMARY KEY,
            inspection TEXT NOT NULL REFERENCES inspections (inspection),
            case_id TEXT,
            field TEXT NOT NULL,
            key_question TEXT,
            standard TEXT,
            change_id TEXT NOT NULL,
            value TEXT,
            note TEXT,
            prompts TEXT,
            detail TEXT,
            by TEXT NOT NULL,
            at TEXT NOT NULL,
            FOREIGN KEY (inspection, case_id) REFERENCES cases (inspection, case_id)
        );
        """

    /// Made after the rows are in (cheaper than keeping them up to date row by row): on what
    /// analysts join and group by.
    static let indexes = """
        CREATE INDEX cases_by_officer ON cases (responsible_officer);
        CREATE INDEX cases_by_sample ON cases (inspection, sample);
        CREATE INDEX case_attributes_by_name ON case_attributes (name, value);
        CREATE INDEX answers_by_key_question ON answers (key_question, answer);
        CREATE INDEX answers_by_inspector ON answers (by);
        CREATE INDEX history_by_case ON history (inspection, case_id, key_question);
        CREATE INDEX history_by_key_question ON history (key_question, event);
        CREATE INDEX comments_by_key_question ON comments (inspection, key_question);
        CREATE INDEX conflicts_by_case ON conflicts (inspection, case_id, key_question);
        """

    /// Worked out from the tables when read, so that they say what the rows say.
    ///
    /// `key_question_results` counts as the report does: each case of the key question's sample
    /// once, as not applicable when its attributes put it outside the key question's sub-sample
    /// (`outside_sub_sample`), as a conflict (outside every other count) while that answer is in
    /// conflict, else by its answer (none: unanswered). The percent is `yes / (yes + no) × 100`
    /// rounded half up in whole numbers: `(200 × yes + d) / (2 × d)` with d = yes + no, in
    /// integer division, exactly the rating rule and the model's `Tally.percent`, with no floating
    /// point anywhere (rounding functions differ between tools: R's and Python's `round()` take a
    /// half to the even number). The band is the highest threshold the percent reaches.
    static let views = """
        CREATE VIEW case_key_questions AS
        SELECT c.inspection, c.case_id, k.key_question,
            CASE
                WHEN o.key_question IS NOT NULL THEN 'na'
                WHEN EXISTS (SELECT 1 FROM conflicts x
                    WHERE x.inspection = c.inspection AND x.case_id = c.case_id AND x.key_question = k.key_question) THEN 'conflict'
                ELSE a.answer
            END AS counted_as
        FROM key_questions k
        JOIN standards s ON s.inspection = k.inspection AND s.standard = k.standard AND s.rated_from = 'cases'
        JOIN cases c ON c.inspection = k.inspection AND c.sample = s.sample
        LEFT JOIN outside_sub_sample o
            ON o.inspection = c.inspection AND o.case_id = c.case_id AND o.key_question = k.key_question
        LEFT JOIN answers a
            ON a.inspection = c.inspection AND a.case_id = c.case_id AND a.key_question = k.key_question;

        CREATE VIEW key_question_results AS
        SELECT t.inspection, t.key_question, t.yes, t.no, t.not_applicable, t.unanswered,
            CASE WHEN t.yes + t.no > 0 THEN (200 * t.yes + t.yes + t.no) / (2 * (t.yes + t.no)) END AS percent,
            CASE WHEN t.yes + t.no > 0 THEN COALESCE(
                (SELECT b.band FROM band_thresholds b
                    WHERE b.inspection = t.inspection AND b.minimum_percent <= (200 * t.yes + t.yes + t.no) / (2 * (t.yes + t.no))
                    ORDER BY b.minimum_percent DESC LIMIT 1),
                (SELECT b.band FROM band_thresholds b WHERE b.inspection = t.inspection ORDER BY b.minimum_percent LIMIT 1),
                'Inadequate') END AS band,
            t.conflicts, t.standard, t.position
        FROM (
            SELECT k.inspection, k.key_question, k.standard, k.position,
                COUNT(CASE WHEN ckq.counted_as = 'yes' THEN 1 END) AS yes,
                COUNT(CASE WHEN ckq.counted_as = 'no' THEN 1 END) AS no,
                COUNT(CASE WHEN ckq.counted_as = 'na' THEN 1 END) AS not_applicable,
                COUNT(CASE WHEN ckq.case_id IS NOT NULL AND ckq.counted_as IS NULL THEN 1 END) AS unanswered,
                COUNT(CASE WHEN ckq.counted_as = 'conflict' THEN 1 END) AS conflicts
            FROM key_questions k
            JOIN standards s ON s.inspection = k.inspection AND s.standard = k.standard AND s.rated_from = 'cases'
            LEFT JOIN case_key_questions ckq ON ckq.inspection = k.inspection AND ckq.key_question = k.key_question
            GROUP BY k.inspection, k.key_question
        ) t;

        CREATE VIEW standard_results AS
        SELECT inspection, standard, computed, recorded, COALESCE(recorded, computed) AS rating, recorded_kind, position
        FROM (
            SELECT s.inspection, s.standard, s.position, g.rating AS recorded, g.kind AS recorded_kind,
                (SELECT r.band FROM key_question_results r
                    WHERE r.inspection = s.inspection AND r.standard = s.standard AND r.band IS NOT NULL
                    ORDER BY CASE r.band WHEN 'Inadequate' THEN 0 WHEN 'Requires improvement' THEN 1 WHEN 'Good' THEN 2 ELSE 3 END
                    LIMIT 1) AS computed
            FROM standards s
            LEFT JOIN ratings g ON g.inspection = s.inspection AND g.standard = s.standard
        );
        """
}
