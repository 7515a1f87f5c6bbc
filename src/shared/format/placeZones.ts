// Which IANA time zone a place keeps: each country of the plans' Belt-and-Road programmes by its
// main zone, and the cities of the countries that span several zones (Russia, Kazakhstan,
// Indonesia, Mongolia, …) by their own. Cities are matched by their English, Chinese or Russian
// name, ignoring case and accents. A new venue takes its zone from here.

/** The zone most of a country keeps (its capital's). */
const countryZones: Readonly<Record<string, string>> = {
  AE: 'Asia/Dubai', AF: 'Asia/Kabul', AM: 'Asia/Yerevan', AR: 'America/Argentina/Buenos_Aires', AT: 'Europe/Vienna',
  AU: 'Australia/Sydney', AZ: 'Asia/Baku', BD: 'Asia/Dhaka', BE: 'Europe/Brussels', BG: 'Europe/Sofia', BH: 'Asia/Bahrain',
  BN: 'Asia/Brunei', BR: 'America/Sao_Paulo', BY: 'Europe/Minsk', CA: 'America/Toronto', CH: 'Europe/Zurich', CL: 'America/Santiago',
  CN: 'Asia/Shanghai', CZ: 'Europe/Prague', DE: 'Europe/Berlin', DK: 'Europe/Copenhagen', DZ: 'Africa/Algiers', EG: 'Africa/Cairo',
  ES: 'Europe/Madrid', ET: 'Africa/Addis_Ababa', FI: 'Europe/Helsinki', FR: 'Europe/Paris', GB: 'Europe/London', GE: 'Asia/Tbilisi',
  GR: 'Europe/Athens', HK: 'Asia/Hong_Kong', HR: 'Europe/Zagreb', HU: 'Europe/Budapest', ID: 'Asia/Jakarta', IE: 'Europe/Dublin',
  IL: 'Asia/Jerusalem', IN: 'Asia/Kolkata', IQ: 'Asia/Baghdad', IR: 'Asia/Tehran', IT: 'Europe/Rome', JO: 'Asia/Amman',
  JP: 'Asia/Tokyo', KE: 'Africa/Nairobi', KG: 'Asia/Bishkek', KH: 'Asia/Phnom_Penh', KR: 'Asia/Seoul', KW: 'Asia/Kuwait',
  KZ: 'Asia/Almaty', LA: 'Asia/Vientiane', LB: 'Asia/Beirut', LK: 'Asia/Colombo', MA: 'Africa/Casablanca', MM: 'Asia/Yangon',
  MN: 'Asia/Ulaanbaatar', MO: 'Asia/Macau', MV: 'Indian/Maldives', MX: 'America/Mexico_City', MY: 'Asia/Kuala_Lumpur',
  NG: 'Africa/Lagos', NL: 'Europe/Amsterdam', NO: 'Europe/Oslo', NP: 'Asia/Kathmandu', NZ: 'Pacific/Auckland', OM: 'Asia/Muscat',
  PH: 'Asia/Manila', PK: 'Asia/Karachi', PL: 'Europe/Warsaw', PT: 'Europe/Lisbon', QA: 'Asia/Qatar', RO: 'Europe/Bucharest',
  RS: 'Europe/Belgrade', RU: 'Europe/Moscow', SA: 'Asia/Riyadh', SE: 'Europe/Stockholm', SG: 'Asia/Singapore', SK: 'Europe/Bratislava',
  SI: 'Europe/Ljubljana', SY: 'Asia/Damascus', TH: 'Asia/Bangkok', TJ: 'Asia/Dushanbe', TM: 'Asia/Ashgabat', TN: 'Africa/Tunis',
  TR: 'Europe/Istanbul', TW: 'Asia/Taipei', TZ: 'Africa/Dar_es_Salaam', UA: 'Europe/Kyiv', US: 'America/New_York', UZ: 'Asia/Tashkent',
  VN: 'Asia/Ho_Chi_Minh', YE: 'Asia/Aden', ZA: 'Africa/Johannesburg',
}

/** Cities whose zone is not their country's main one, each under its names in English, Chinese and Russian. */
const cityZones: Readonly<Record<string, readonly (readonly [zone: string, ...names: string[]])[]>> = {
  RU: [
    ['Europe/Kaliningrad', 'Kaliningrad', '加里宁格勒', 'Калининград'],
    ['Europe/Samara', 'Samara', '萨马拉', 'Самара'],
    ['Asia/Yekaterinburg', 'Yekaterinburg', 'Ekaterinburg', '叶卡捷琳堡', 'Екатеринбург', 'Chelyabinsk', '车里雅宾斯克', 'Челябинск', 'Ufa', '乌法', 'Уфа'],
    ['Asia/Omsk', 'Omsk', '鄂木斯克', 'Омск'],
    ['Asia/Novosibirsk', 'Novosibirsk', '新西伯利亚', 'Новосибирск'],
    ['Asia/Krasnoyarsk', 'Krasnoyarsk', '克拉斯诺亚尔斯克', 'Красноярск'],
    ['Asia/Irkutsk', 'Irkutsk', '伊尔库茨克', 'Иркутск', 'Ulan-Ude', '乌兰乌德', 'Улан-Удэ'],
    ['Asia/Chita', 'Chita', '赤塔', 'Чита'],
    ['Asia/Yakutsk', 'Yakutsk', '雅库茨克', 'Якутск', 'Blagoveshchensk', '布拉戈维申斯克', 'Благовещенск'],
    ['Asia/Vladivostok', 'Vladivostok', '符拉迪沃斯托克', '海参崴', 'Владивосток', 'Khabarovsk', '哈巴罗夫斯克', 'Хабаровск'],
    ['Asia/Magadan', 'Magadan', '马加丹', 'Магадан'],
    ['Asia/Kamchatka', 'Petropavlovsk-Kamchatsky', '堪察加彼得罗巴甫洛夫斯克', 'Петропавловск-Камчатский'],
  ],
  KZ: [
    ['Asia/Aqtobe', 'Aktobe', 'Aqtobe', '阿克托别', 'Актобе'],
    ['Asia/Aqtau', 'Aktau', 'Aqtau', '阿克套', 'Актау'],
    ['Asia/Atyrau', 'Atyrau', '阿特劳', 'Атырау'],
    ['Asia/Oral', 'Oral', 'Uralsk', '乌拉尔斯克', 'Уральск'],
    ['Asia/Qyzylorda', 'Kyzylorda', 'Qyzylorda', '克孜勒奥尔达', 'Кызылорда'],
    ['Asia/Qostanay', 'Kostanay', 'Qostanay', '科斯塔奈', 'Костанай'],
  ],
  UZ: [['Asia/Samarkand', 'Samarkand', '撒马尔罕', 'Самарканд', 'Bukhara', '布哈拉', 'Бухара']],
  ID: [
    ['Asia/Makassar', 'Makassar', '望加锡', 'Denpasar', 'Bali', '巴厘岛', '登巴萨', 'Balikpapan', '巴厘巴板'],
    ['Asia/Jayapura', 'Jayapura', '查亚普拉'],
    ['Asia/Pontianak', 'Pontianak', '坤甸'],
  ],
  MN: [['Asia/Hovd', 'Khovd', 'Hovd', '科布多', 'Ховд']],
  CN: [['Asia/Urumqi', 'Urumqi', 'Ürümqi', '乌鲁木齐', 'Kashgar', '喀什']],
  AU: [
    ['Australia/Perth', 'Perth', '珀斯'],
    ['Australia/Brisbane', 'Brisbane', '布里斯班'],
    ['Australia/Adelaide', 'Adelaide', '阿德莱德'],
    ['Australia/Melbourne', 'Melbourne', '墨尔本'],
  ],
  BR: [['America/Manaus', 'Manaus', '马瑙斯']],
  CA: [
    ['America/Vancouver', 'Vancouver', '温哥华'],
    ['America/Edmonton', 'Calgary', '卡尔加里', 'Edmonton', '埃德蒙顿'],
    ['America/Winnipeg', 'Winnipeg', '温尼伯'],
    ['America/Halifax', 'Halifax', '哈利法克斯'],
  ],
  US: [
    ['America/Los_Angeles', 'Los Angeles', '洛杉矶', 'San Francisco', '旧金山', 'Seattle', '西雅图'],
    ['America/Denver', 'Denver', '丹佛'],
    ['America/Phoenix', 'Phoenix', '凤凰城'],
    ['America/Chicago', 'Chicago', '芝加哥', 'Houston', '休斯敦', 'Dallas', '达拉斯'],
    ['Pacific/Honolulu', 'Honolulu', '檀香山'],
    ['America/Anchorage', 'Anchorage', '安克雷奇'],
  ],
  MX: [['America/Tijuana', 'Tijuana', '蒂华纳'], ['America/Cancun', 'Cancún', 'Cancun', '坎昆']],
  ES: [['Atlantic/Canary', 'Las Palmas', 'Santa Cruz de Tenerife', '拉斯帕尔马斯']],
  PT: [['Atlantic/Madeira', 'Funchal', '丰沙尔'], ['Atlantic/Azores', 'Ponta Delgada', '蓬塔德尔加达']],
  AR: [],
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s\-‐'’.]+/g, ' ').trim()

let cityIndex: Map<string, string> | null = null

function citiesByName(): Map<string, string> {
  if (cityIndex) return cityIndex
  cityIndex = new Map()
  for (const [country, cities] of Object.entries(cityZones)) for (const [zone, ...names] of cities) for (const name of names) cityIndex.set(`${country}|${fold(name)}`, zone)
  return cityIndex
}

/**
 * The IANA zone of a city in a country (ISO 3166-1 alpha-2): the city's own where the table knows
 * it, else the country's main zone; undefined for a country the table does not know.
 */
export function zoneOfPlace(country: string, city = ''): string | undefined {
  const code = country.trim().toUpperCase()
  return citiesByName().get(`${code}|${fold(city)}`) ?? countryZones[code]
}
