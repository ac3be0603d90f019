/**
 * Tables of the `untranslate` normalizer: acronyms common in internet governance, UN proceedings and
 * technology (so they are never taken for steno), and the consonant clusters English words begin and
 * end with (so a run of capitals can be judged pronounceable or not). Sorted.
 */

/** Acronyms and initialisms that captions write in capitals. General knowledge, not one transcript's. */
export const ACRONYMS: readonly string[] = [
  'AFRALO', 'AFRINIC', 'AFTLD', 'ALAC', 'APAC', 'APEC', 'APNIC', 'APRALO', 'APTLD', 'ARIN', 'ASAP', 'ASEAN',
  'ATRT', 'AUDA', 'BGP', 'BIMSTEC', 'BRICS', 'CARICOM', 'CART', 'CBMS', 'CCDCOE', 'CCNSO', 'CCPA', 'CCTLD',
  'CCTLDS', 'CEDAW', 'CELAC', 'CENTR', 'CEPOL', 'CEPT', 'CERN', 'CERT', 'CERTS', 'CIGI', 'CISA', 'CISO',
  'CITEL', 'CJEU', 'CNIL', 'COMESA', 'COPPA', 'COVID', 'CRPD', 'CSAM', 'CSIRT', 'CSIRTS', 'CSTD', 'CSTO',
  'CTBTO', 'CTED', 'CVSS', 'DDOS', 'DHCP', 'DNSSEC', 'DPKO', 'DPPA', 'DPRK', 'ECCAS', 'ECHR', 'ECLAC',
  'ECOSOC', 'ECOWAS', 'ECPAT', 'EDPB', 'EFTA', 'ENISA', 'ESCAP', 'ESCWA', 'ETNO', 'EURALO', 'EURID',
  'EUROJUST', 'EUROPOL', 'FAQS', 'FATF', 'FIRST', 'GAFAM', 'GCHQ', 'GCIG', 'GCSC', 'GDPR', 'GFCE', 'GIFCT',
  'GNSO', 'GPAI', 'GSMA', 'GTLD', 'GTLDS', 'HIPAA', 'HLPF', 'HTML', 'HTTP', 'HTTPS', 'IAEA', 'IANA', 'ICANN',
  'ICAO', 'ICCPR', 'ICESCR', 'ICRC', 'ICT4D', 'ICTD', 'ICTS', 'IDPS', 'IEEE', 'IESG', 'IETF', 'IFAD', 'IGAD',
  'IGFSA', 'IMAP', 'INHOPE', 'INTERPOL', 'IOSCO', 'IPCC', 'IPRS', 'IPV4', 'IPV6', 'IRPC', 'IRTF', 'ISAC',
  'ISACS', 'ISOC', 'ISPS', 'ITLOS', 'ITRS', 'ITSO', 'ITUC', 'JPEG', 'LACNIC', 'LACRALO', 'LACTLD', 'LDCS',
  'LGBT', 'LGBTI', 'LGBTIQ', 'LGBTQ', 'MANRS', 'MENA', 'MERCOSUR', 'MITRE', 'MSME', 'MSMES', 'NANOG', 'NARALO',
  'NASA', 'NATO', 'NCMEC', 'NCSC', 'NEPAD', 'NGOS', 'NIST', 'NRIS', 'NTIA', 'OCHA', 'OECD', 'OEWG', 'OHCHR',
  'OPCW', 'OSCE', 'OWASP', 'PDPA', 'PSIRT', 'PSIRTS', 'QUIC', 'RDAP', 'RIPE', 'RIRS', 'RPKI', 'RSSAC', 'SAARC',
  'SADC', 'SCADA', 'SDGS', 'SIDS', 'SMES', 'SMTP', 'SSAC', 'TVEC', 'UDRP', 'UNAIDS', 'UNCITRAL', 'UNCLOS',
  'UNCTAD', 'UNDESA', 'UNDP', 'UNDRR', 'UNECA', 'UNECE', 'UNEP', 'UNESCO', 'UNFCCC', 'UNFPA', 'UNGA', 'UNGGE',
  'UNGIS', 'UNHCR', 'UNHQ', 'UNHRC', 'UNICEF', 'UNICRI', 'UNIDIR', 'UNIDO', 'UNISDR', 'UNITAR', 'UNMAS',
  'UNOCT', 'UNODA', 'UNODC', 'UNOG', 'UNON', 'UNOOSA', 'UNOPS', 'UNOV', 'UNRWA', 'UNSC', 'UNSCR', 'UNSG',
  'UNWTO', 'URLS', 'USAID', 'USSR', 'WCIT', 'WHOIS', 'WIPO', 'WSIS', 'WTDC'
]

/** Consonant clusters that begin English words (single consonants always may). */
export const ONSETS: readonly string[] = [
  'bl', 'br', 'ch', 'chl', 'chr', 'cl', 'cr', 'cz', 'dr', 'dw', 'fl', 'fr', 'gh', 'gl', 'gn', 'gr', 'gw', 'kh',
  'kl', 'kn', 'kr', 'kw', 'mn', 'ph', 'phl', 'phr', 'pl', 'pn', 'pr', 'ps', 'pt', 'qu', 'rh', 'sc', 'sch',
  'schl', 'schm', 'schn', 'schr', 'scl', 'scr', 'sh', 'shl', 'shm', 'shn', 'shr', 'sk', 'skr', 'sl', 'sm',
  'sn', 'sp', 'sph', 'spl', 'spr', 'sq', 'st', 'str', 'sv', 'sw', 'th', 'thr', 'thw', 'tr', 'ts', 'tw', 'vl', 'vr',
  'wh', 'wr', 'zh',
]

/** Consonant clusters that end English words (single consonants always may; a final "s" may follow). */
export const CODAS: readonly string[] = [
  'bt', 'ch', 'ck', 'ct', 'dg', 'dth', 'ff', 'ft', 'fth', 'gh', 'ght', 'gn', 'lb', 'lch', 'ld', 'lf', 'lk',
  'll', 'lm', 'ln', 'lp', 'lsh', 'lt', 'lth', 'lv', 'mb', 'mn', 'mp', 'mph', 'mpt', 'nch', 'nct', 'nd', 'ng',
  'ngst', 'ngth', 'nk', 'nt', 'nth', 'nx', 'ph', 'pt', 'rb', 'rc', 'rch', 'rd', 'rf', 'rg', 'rk', 'rl', 'rld', 'rm',
  'rn', 'rp', 'rsh', 'rst', 'rt', 'rth', 'rv', 'rx', 'sc', 'sh', 'sk', 'sm', 'sp', 'ss', 'st', 'tch', 'th',
  'tt', 'tz', 'wd', 'wk', 'wl', 'wn', 'wth', 'xt', 'zz',
]
