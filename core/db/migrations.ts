/**
 * Numbered migrations of the project file. `PRAGMA user_version` holds the last applied number;
 * each migration runs in its own transaction, so a crash leaves the file at a whole version.
 * Append new migrations; never edit one that has shipped.
 */
export interface Migration {
  readonly version: number
  readonly description: string
  readonly sql: string
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'imports, sites, cells and SSB beams, drive-test samples with R*Tree, routes and areas',
    sql: `
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) WITHOUT ROWID;

      -- Provenance of everything stored: one row per imported file (or generated data set).
      CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        kind TEXT NOT NULL,
        rows INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0,
        errors_json TEXT NOT NULL DEFAULT '[]',
        imported_at TEXT NOT NULL
      );
      CREATE INDEX imports_sha256 ON imports (sha256);

      CREATE TABLE sites (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        lon REAL NOT NULL,
        lat REAL NOT NULL,
        ground_altitude_m REAL,
        import_id INTEGER REFERENCES imports (id) ON DELETE CASCADE
      );

      CREATE TABLE cells (
        id INTEGER PRIMARY KEY,
        site_id INTEGER NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
        name TEXT NOT NULL UNIQUE,
        lon REAL NOT NULL,
        lat REAL NOT NULL,
        height_m REAL NOT NULL,
        azimuth_deg REAL NOT NULL,
        mechanical_tilt_deg REAL NOT NULL,
        electrical_tilt_deg REAL NOT NULL,
        pci INTEGER,
        arfcn INTEGER,
        band TEXT,
        fc_mhz REAL,
        bandwidth_mhz REAL,
        scs_khz REAL,
        tx_power_dbm REAL,
        h_beamwidth_deg REAL NOT NULL DEFAULT 65,
        v_beamwidth_deg REAL NOT NULL DEFAULT 10,
        tdd_pattern TEXT,
        import_id INTEGER REFERENCES imports (id) ON DELETE CASCADE
      );
      CREATE INDEX cells_site ON cells (site_id);
      CREATE INDEX cells_pci ON cells (pci);

      CREATE TABLE ssb_beams (
        cell_id INTEGER NOT NULL REFERENCES cells (id) ON DELETE CASCADE,
        beam_index INTEGER NOT NULL,
        azimuth_offset_deg REAL NOT NULL,
        elevation_deg REAL NOT NULL,
        h_beamwidth_deg REAL NOT NULL,
        v_beamwidth_deg REAL NOT NULL,
        gain_dbi REAL NOT NULL,
        PRIMARY KEY (cell_id, beam_index)
      ) WITHOUT ROWID;

      -- Drive-test and flight samples. Narrow REAL/INTEGER columns and an integer key keep tens of
      -- millions of rows compact. The R*Tree holds one box per block of consecutive samples of one
      -- import (id = first sample id, +last_id = last): a drive is a trajectory, so a block is small,
      -- and indexing blocks instead of points makes the index 64 times smaller and its build cheap
      -- (an R*Tree entry per point costs more than storing the point). A window query joins the
      -- blocks it hits to samples.id BETWEEN id AND last_id and filters on lon/lat.
      CREATE TABLE samples (
        id INTEGER PRIMARY KEY,
        import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
        time_ms INTEGER,
        lon REAL NOT NULL,
        lat REAL NOT NULL,
        altitude_m REAL,
        altitude_ref TEXT CHECK (altitude_ref IN ('AGL', 'AMSL')),
        cell_id INTEGER REFERENCES cells (id) ON DELETE SET NULL,
        pci INTEGER,
        rsrp_dbm REAL,
        rsrq_db REAL,
        sinr_db REAL,
        cqi INTEGER,
        dl_mbps REAL,
        ul_mbps REAL
      );
      CREATE INDEX samples_import ON samples (import_id);
      CREATE VIRTUAL TABLE samples_rtree USING rtree (id, min_lon, max_lon, min_lat, max_lat, +last_id INTEGER);

      CREATE TABLE routes (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        altitude_ref TEXT NOT NULL CHECK (altitude_ref IN ('AGL', 'AMSL')),
        import_id INTEGER REFERENCES imports (id) ON DELETE CASCADE
      );
      CREATE TABLE route_points (
        route_id INTEGER NOT NULL REFERENCES routes (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        lon REAL NOT NULL,
        lat REAL NOT NULL,
        altitude_m REAL NOT NULL,
        PRIMARY KEY (route_id, seq)
      ) WITHOUT ROWID;

      CREATE TABLE areas (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        altitude_ref TEXT NOT NULL CHECK (altitude_ref IN ('AGL', 'AMSL')),
        min_altitude_m REAL NOT NULL,
        max_altitude_m REAL NOT NULL,
        ring_json TEXT NOT NULL,
        import_id INTEGER REFERENCES imports (id) ON DELETE CASCADE
      );
    `,
  },
  {
    version: 2,
    description: 'ingest: richer samples, neighbour measurements, cell identities, KPI and KQI series, saved mappings',
    sql: `
      -- What real exports carry besides the core metrics. cell_identity is text: ECIs, hex ids and
      -- leading zeros survive as published.
      ALTER TABLE samples ADD COLUMN technology TEXT;
      ALTER TABLE samples ADD COLUMN cell_identity TEXT;
      ALTER TABLE samples ADD COLUMN rssi_dbm REAL;
      ALTER TABLE samples ADD COLUMN path_loss_db REAL;
      ALTER TABLE samples ADD COLUMN speed_kmh REAL;
      ALTER TABLE samples ADD COLUMN source_line INTEGER;

      -- Neighbour (detected) cells of a sample, ranked as the source listed them.
      CREATE TABLE neighbour_measurements (
        sample_id INTEGER NOT NULL REFERENCES samples (id) ON DELETE CASCADE,
        rank INTEGER NOT NULL,
        pci INTEGER,
        cell_identity TEXT,
        rsrp_dbm REAL,
        rsrq_db REAL,
        rssi_dbm REAL,
        path_loss_db REAL,
        PRIMARY KEY (sample_id, rank)
      ) WITHOUT ROWID;

      ALTER TABLE cells ADD COLUMN label TEXT;
      ALTER TABLE cells ADD COLUMN cell_identity TEXT;
      ALTER TABLE cells ADD COLUMN technology TEXT;
      -- Fields the source did not give and that took a documented default, as a JSON array of names.
      ALTER TABLE cells ADD COLUMN defaulted_json TEXT NOT NULL DEFAULT '[]';
      CREATE INDEX cells_identity ON cells (cell_identity);

      -- KPI time series: cell × time × counter, long form.
      CREATE TABLE kpi_counters (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        unit TEXT
      );
      CREATE TABLE kpi_values (
        import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
        cell TEXT NOT NULL,
        time_ms INTEGER NOT NULL,
        counter_id INTEGER NOT NULL REFERENCES kpi_counters (id),
        value REAL
      );
      CREATE INDEX kpi_values_cell_time ON kpi_values (cell, time_ms);
      CREATE INDEX kpi_values_import ON kpi_values (import_id);

      -- App experience indicators (page load, download time, throughput, RTT…), with their context.
      CREATE TABLE kqi_values (
        id INTEGER PRIMARY KEY,
        import_id INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
        time_ms INTEGER,
        seq INTEGER,
        app TEXT,
        kqi TEXT NOT NULL,
        value REAL NOT NULL,
        unit TEXT NOT NULL,
        cell TEXT,
        context_json TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX kqi_values_kqi ON kqi_values (kqi);
      CREATE INDEX kqi_values_import ON kqi_values (import_id);

      -- Column mappings for generic files, saved by name for reuse.
      CREATE TABLE mappings (
        name TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        mapping_json TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) WITHOUT ROWID;

      ALTER TABLE imports ADD COLUMN format TEXT;
      ALTER TABLE imports ADD COLUMN warnings_json TEXT NOT NULL DEFAULT '[]';
    `,
  },
  {
    version: 3,
    description: 'ingest speed: an import\'s samples are one id range, recorded on the import, instead of an index on import_id',
    sql: `
      -- The sample writer gives each import consecutive ids (it holds the write lock), so the range
      -- finds an import's samples through the primary key. The index it replaces cost a B-tree insert
      -- per sample: a sixth of a large import's writing (bench/ingest.bench.ts). Deleting an import
      -- now scans samples once for the foreign-key cascade, which only a --force re-import does.
      ALTER TABLE imports ADD COLUMN first_sample_id INTEGER;
      ALTER TABLE imports ADD COLUMN last_sample_id INTEGER;
      UPDATE imports SET
        first_sample_id = (SELECT min(id) FROM samples WHERE import_id = imports.id),
        last_sample_id = (SELECT max(id) FROM samples WHERE import_id = imports.id);
      DROP INDEX samples_import;
    `,
  },
  {
    version: 4,
    description: 'radio: coverage predictions per altitude layer, and calibrations of the path-loss model',
    sql: `
      -- One prediction: what was predicted (an area grid or a route), how (parameters_json: models,
      -- powers, loads, thresholds; calibration_json: the offsets applied), and its size.
      CREATE TABLE coverage_runs (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('area', 'route')),
        target_name TEXT NOT NULL,
        resolution_m REAL NOT NULL,
        parameters_json TEXT NOT NULL,
        calibration_json TEXT,
        cells INTEGER NOT NULL,
        link_evaluations INTEGER NOT NULL,
        seconds REAL NOT NULL
      );
      -- Its results per altitude layer, one BLOB per column (little-endian Float32 unless named):
      -- the map loads a layer as typed arrays without parsing, and a layer of a million points is a
      -- handful of rows instead of a million.
      CREATE TABLE coverage_layers (
        run_id INTEGER NOT NULL REFERENCES coverage_runs (id) ON DELETE CASCADE,
        altitude_m REAL NOT NULL,
        points INTEGER NOT NULL,
        lon BLOB NOT NULL,                 -- Float64
        lat BLOB NOT NULL,                 -- Float64
        along_m BLOB,                      -- routes: metres from the start
        grid_column BLOB,                  -- areas: Int32
        grid_row BLOB,                     -- areas: Int32
        best_cell_id BLOB NOT NULL,        -- Int32, −1 where no cell is in range
        best_beam BLOB NOT NULL,           -- Int32 SSB index, −1 where none
        rsrp_dbm BLOB NOT NULL,
        dl_sinr_db BLOB NOT NULL,
        ul_sinr_db BLOB NOT NULL,
        dl_mbps BLOB NOT NULL,
        ul_mbps BLOB NOT NULL,
        coverage_probability BLOB NOT NULL,
        summary_json TEXT NOT NULL,
        -- A rowid table: WITHOUT ROWID suits small rows, and these hold megabytes.
        PRIMARY KEY (run_id, altitude_m)
      );

      -- A fit of predicted to measured RSRP: offset and slope per altitude layer, with the errors
      -- before and after (result_json). Predictions apply the latest one when asked to.
      CREATE TABLE calibrations (
        id INTEGER PRIMARY KEY,
        created_at TEXT NOT NULL,
        by_altitude INTEGER NOT NULL,
        result_json TEXT NOT NULL
      );
    `,
  },
  {
    version: 5,
    description: 'calibration: the residual map of each calibration, and the parameters it was predicted with',
    sql: `
      -- The residual map as the calibration saw it: recomputing it later would mix in samples and
      -- cells imported since, and costs a prediction per sample. One BLOB per column, little-endian:
      -- positions Float64 lon, lat pairs; the others Float32, one value per sample.
      ALTER TABLE calibrations ADD COLUMN parameters_json TEXT;
      ALTER TABLE calibrations ADD COLUMN residual_count INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE calibrations ADD COLUMN residual_positions BLOB;
      ALTER TABLE calibrations ADD COLUMN residual_altitudes_m BLOB;
      -- Measured − predicted RSRP, dB, before and after the fit.
      ALTER TABLE calibrations ADD COLUMN residual_before_db BLOB;
      ALTER TABLE calibrations ADD COLUMN residual_after_db BLOB;
    `,
  },
  {
    version: 6,
    description: 'SLA: scenarios edited or cloned in the project',
    sql: `
      -- A scenario as saved from the UI or the API: the whole document, validated on save and on
      -- read (core/api/schemas/slaSchemas.ts). One with a catalogue id overrides the bundled one.
      CREATE TABLE scenarios (
        id TEXT PRIMARY KEY,
        json TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 7,
    description: 'experience: learned KPI→KQI models with their hold-out accuracy and explained examples',
    sql: `
      -- One trained model (core/experience/learned/runKqiTraining.ts): what it predicts and how well
      -- (summary_json: KqiModelSummary without its id), how inputs are encoded (encoding_json: columns,
      -- training means and σ, target transform), the network (topology_json: Keras-style topology and
      -- weight manifest; weights: the little-endian Float32 weights as TensorFlow.js saves them), and
      -- the hold-out as the model saw it (holdout_json: actual/predicted thinned to ≤ 2000, explained
      -- examples), kept because recomputing it later would mix in data imported since.
      CREATE TABLE experience_models (
        id INTEGER PRIMARY KEY,
        kqi TEXT NOT NULL,
        source TEXT NOT NULL,
        unit TEXT NOT NULL,
        created_at TEXT NOT NULL,
        backend TEXT NOT NULL,
        summary_json TEXT NOT NULL,
        encoding_json TEXT NOT NULL,
        topology_json TEXT NOT NULL,
        weights BLOB NOT NULL,
        holdout_json TEXT NOT NULL
      );
      CREATE INDEX experience_models_kqi ON experience_models (kqi);
    `,
  },
]

export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0)
