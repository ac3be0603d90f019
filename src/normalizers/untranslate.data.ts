/**
 * Tables of the `untranslate` normalizer: acronyms common in internet governance, UN proceedings and
 * technology (so they are never taken for steno), and the consonant clusters English words begin and
 * end with (so a run of capitals can be judged pronounceable or not). Sorted.
 */

/** Acronyms and initialisms that captions write in capitals. General knowledge, not one transcript's. */
export const ACRONYMS: readonly string[] = [
  'AFRINIC', 'APAC', 'APEC', 'APNIC', 'APRALO', 'ARIN', 'ASAP', 'ASEAN', 'ATRT', 'AUDA',
  'BGP', 'BRICS', 'CART', 'CBMS', 'CCDCOE', 'CCNSO', 'CCTLD', 'CEDAW', 'CEPT', 'CERN', 'CERT', 'CERTS',
  'CIGI', 'CISA', 'CISO', 'CITEL', 'CJEU', 'CNIL', 'COMESA', 'COVID', 'CSIRT', 'CSIRTS', 'CSTD', 'CSTO',
  'DDOS', 'DHCP', 'DNSSEC', 'DPRK', 'ECHR', 'ECOSOC', 'ECOWAS', 'EDPB', 'EFTA', 'ENISA', 'ESCAP', 'ESCWA',
  'EURALO', 'EURID', 'FAQS', 'FIRST', 'GAFAM', 'GCHQ', 'GDPR', 'GFCE', 'GNSO', 'GSMA', 'HLPF', 'HTML', 'HTTP',
  'HTTPS', 'IANA', 'ICANN', 'ICAO', 'ICCPR', 'ICESCR', 'ICRC', 'ICTS', 'IDPS', 'IEEE', 'IETF', 'IGFSA', 'IMAP',
  'INTERPOL', 'IPRS', 'IPV4', 'IPV6', 'IRPC', 'ISOC', 'ISPS', 'ITRS', 'ITUC', 'JPEG', 'LACNIC', 'LACRALO',
  'LDCS', 'LGBT', 'LGBTI', 'LGBTIQ', 'LGBTQ', 'MENA', 'MERCOSUR', 'MSME', 'MSMES', 'NASA', 'NATO', 'NCSC',
  'NEPAD', 'NGOS', 'NIST', 'NRIS', 'NTIA', 'OECD', 'OEWG', 'OHCHR', 'OPCW', 'OSCE', 'PDPA', 'RIPE', 'RIRS',
  'SADC', 'SCADA', 'SDGS', 'SIDS', 'SMES', 'SMTP', 'SSAC', 'UNCITRAL', 'UNCTAD', 'UNDESA', 'UNDP', 'UNECA',
  'UNECE', 'UNEP', 'UNESCO', 'UNGA', 'UNGGE', 'UNHCR', 'UNHRC', 'UNICEF', 'UNICRI', 'UNIDIR', 'UNITAR',
  'UNODA', 'UNODC', 'UNOCT', 'UNSC', 'UNSG', 'URLS', 'USAID', 'USSR', 'WCIT', 'WHOIS', 'WIPO', 'WSIS', 'WTDC',
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
