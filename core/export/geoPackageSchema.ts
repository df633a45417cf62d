/** `PRAGMA application_id` of a GeoPackage: "GPKG" in ASCII (OGC 12-128r18 Req 2). */
export const geoPackageApplicationId = 0x47504b47
/** `PRAGMA user_version` of GeoPackage 1.3 (Req 2: 10300 for version 1.3.x). */
export const geoPackageUserVersion = 10300

/** WGS 84 geographic 2D, as the OGC WKT 1 that GDAL and QGIS read (EPSG:4326). */
const wgs84Wkt =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],' +
  'PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'

/**
 * The required tables of a GeoPackage with features (OGC 12-128r18 Annex C: Tables 2.1.2, 2.1.3,
 * 2.1.5) with the three spatial reference systems Req 11 asks for (EPSG:4326, -1 undefined Cartesian,
 * 0 undefined geographic), the extensions table (for the R-tree index), and GDAL's
 * gpkg_ogr_contents (feature counts, so QGIS need not count ten million rows on open).
 */
export const geoPackageCoreSql = `
  CREATE TABLE gpkg_spatial_ref_sys (
    srs_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL PRIMARY KEY,
    organization TEXT NOT NULL,
    organization_coordsys_id INTEGER NOT NULL,
    definition TEXT NOT NULL,
    description TEXT
  );
  INSERT INTO gpkg_spatial_ref_sys VALUES
    ('WGS 84 geodetic', 4326, 'EPSG', 4326, '${wgs84Wkt}', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid'),
    ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
    ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
  CREATE TABLE gpkg_contents (
    table_name TEXT NOT NULL PRIMARY KEY,
    data_type TEXT NOT NULL,
    identifier TEXT UNIQUE,
    description TEXT DEFAULT '',
    last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
    srs_id INTEGER,
    CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
  );
  CREATE TABLE gpkg_geometry_columns (
    table_name TEXT NOT NULL,
    column_name TEXT NOT NULL,
    geometry_type_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL,
    z TINYINT NOT NULL,
    m TINYINT NOT NULL,
    CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
    CONSTRAINT uk_gc_table_name UNIQUE (table_name),
    CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
    CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
  );
  CREATE TABLE gpkg_extensions (
    table_name TEXT,
    column_name TEXT,
    extension_name TEXT NOT NULL,
    definition TEXT NOT NULL,
    scope TEXT NOT NULL,
    CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
  );
  CREATE TABLE gpkg_ogr_contents (
    table_name TEXT NOT NULL PRIMARY KEY,
    feature_count INTEGER DEFAULT NULL
  );
`

/** An SQL identifier, quoted. */
export const quoteIdentifier = (name: string): string => `"${name.replace(/"/g, '""')}"`

/**
 * The R-tree spatial index of a feature table's geometry column and the triggers that keep it in step
 * when another program edits the table (OGC 12-128r18 Annex F.3, GeoPackage 1.3 trigger set; the
 * ST_* functions are provided by GDAL and SpatiaLite). The index is filled by the writer itself.
 */
export function rtreeSql(table: string, column: string, idColumn: string): string {
  const t = table
  const c = column
  const i = idColumn
  const rtree = quoteIdentifier(`rtree_${t}_${c}`)
  const values = `(NEW.${i}, ST_MinX(NEW.${c}), ST_MaxX(NEW.${c}), ST_MinY(NEW.${c}), ST_MaxY(NEW.${c}))`
  const trigger = (suffix: string): string => quoteIdentifier(`rtree_${t}_${c}_${suffix}`)
  const q = quoteIdentifier(t)
  return `
    CREATE TRIGGER ${trigger('insert')} AFTER INSERT ON ${q} WHEN (new.${c} NOT NULL AND NOT ST_IsEmpty(NEW.${c}))
    BEGIN INSERT OR REPLACE INTO ${rtree} VALUES ${values}; END;
    CREATE TRIGGER ${trigger('update1')} AFTER UPDATE OF ${c} ON ${q} WHEN OLD.${i} = NEW.${i} AND (NEW.${c} NOTNULL AND NOT ST_IsEmpty(NEW.${c}))
    BEGIN INSERT OR REPLACE INTO ${rtree} VALUES ${values}; END;
    CREATE TRIGGER ${trigger('update2')} AFTER UPDATE OF ${c} ON ${q} WHEN OLD.${i} = NEW.${i} AND (NEW.${c} ISNULL OR ST_IsEmpty(NEW.${c}))
    BEGIN DELETE FROM ${rtree} WHERE id = OLD.${i}; END;
    CREATE TRIGGER ${trigger('update3')} AFTER UPDATE ON ${q} WHEN OLD.${i} != NEW.${i} AND (NEW.${c} NOTNULL AND NOT ST_IsEmpty(NEW.${c}))
    BEGIN DELETE FROM ${rtree} WHERE id = OLD.${i}; INSERT OR REPLACE INTO ${rtree} VALUES ${values}; END;
    CREATE TRIGGER ${trigger('update4')} AFTER UPDATE ON ${q} WHEN OLD.${i} != NEW.${i} AND (NEW.${c} ISNULL OR ST_IsEmpty(NEW.${c}))
    BEGIN DELETE FROM ${rtree} WHERE id IN (OLD.${i}, NEW.${i}); END;
    CREATE TRIGGER ${trigger('delete')} AFTER DELETE ON ${q} WHEN old.${c} NOT NULL
    BEGIN DELETE FROM ${rtree} WHERE id = OLD.${i}; END;
  `
}

/** GDAL's triggers that keep gpkg_ogr_contents.feature_count right when the table is edited later. */
export function featureCountTriggersSql(table: string): string {
  const q = quoteIdentifier(table)
  const literal = `'${table.replace(/'/g, "''")}'`
  return `
    CREATE TRIGGER ${quoteIdentifier(`trigger_insert_feature_count_${table}`)} AFTER INSERT ON ${q}
    BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count + 1 WHERE lower(table_name) = lower(${literal}); END;
    CREATE TRIGGER ${quoteIdentifier(`trigger_delete_feature_count_${table}`)} AFTER DELETE ON ${q}
    BEGIN UPDATE gpkg_ogr_contents SET feature_count = feature_count - 1 WHERE lower(table_name) = lower(${literal}); END;
  `
}
