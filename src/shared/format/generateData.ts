// Places, names and themes for generated plans: Belt-and-Road cities in their own time zones, with
// the local names a bureau would print (Chinese for every partner, Russian or Arabic where spoken).

export interface Place {
  country: string
  city: string
  zone: string
  zh: string
  ru?: string
  ar?: string
  currency: string
}

export const places: readonly Place[] = [
  { country: 'KZ', city: 'Almaty', zone: 'Asia/Almaty', zh: '阿拉木图', ru: 'Алматы', currency: 'KZT' },
  { country: 'KZ', city: 'Astana', zone: 'Asia/Almaty', zh: '阿斯塔纳', ru: 'Астана', currency: 'KZT' },
  { country: 'UZ', city: 'Tashkent', zone: 'Asia/Tashkent', zh: '塔什干', ru: 'Ташкент', currency: 'UZS' },
  { country: 'UZ', city: 'Samarkand', zone: 'Asia/Samarkand', zh: '撒马尔罕', ru: 'Самарканд', currency: 'UZS' },
  { country: 'KG', city: 'Bishkek', zone: 'Asia/Bishkek', zh: '比什凯克', ru: 'Бишкек', currency: 'KGS' },
  { country: 'TJ', city: 'Dushanbe', zone: 'Asia/Dushanbe', zh: '杜尚别', ru: 'Душанбе', currency: 'TJS' },
  { country: 'TM', city: 'Ashgabat', zone: 'Asia/Ashgabat', zh: '阿什哈巴德', ru: 'Ашхабад', currency: 'TMT' },
  { country: 'RU', city: 'Moscow', zone: 'Europe/Moscow', zh: '莫斯科', ru: 'Москва', currency: 'RUB' },
  { country: 'RU', city: 'Novosibirsk', zone: 'Asia/Novosibirsk', zh: '新西伯利亚', ru: 'Новосибирск', currency: 'RUB' },
  { country: 'RU', city: 'Vladivostok', zone: 'Asia/Vladivostok', zh: '符拉迪沃斯托克', ru: 'Владивосток', currency: 'RUB' },
  { country: 'MN', city: 'Ulaanbaatar', zone: 'Asia/Ulaanbaatar', zh: '乌兰巴托', ru: 'Улан-Батор', currency: 'MNT' },
  { country: 'BY', city: 'Minsk', zone: 'Europe/Minsk', zh: '明斯克', ru: 'Минск', currency: 'BYN' },
  { country: 'GE', city: 'Tbilisi', zone: 'Asia/Tbilisi', zh: '第比利斯', ru: 'Тбилиси', currency: 'GEL' },
  { country: 'AZ', city: 'Baku', zone: 'Asia/Baku', zh: '巴库', ru: 'Баку', currency: 'AZN' },
  { country: 'EG', city: 'Cairo', zone: 'Africa/Cairo', zh: '开罗', ar: 'القاهرة', currency: 'EGP' },
  { country: 'EG', city: 'Alexandria', zone: 'Africa/Cairo', zh: '亚历山大', ar: 'الإسكندرية', currency: 'EGP' },
  { country: 'SA', city: 'Riyadh', zone: 'Asia/Riyadh', zh: '利雅得', ar: 'الرياض', currency: 'SAR' },
  { country: 'AE', city: 'Dubai', zone: 'Asia/Dubai', zh: '迪拜', ar: 'دبي', currency: 'AED' },
  { country: 'JO', city: 'Amman', zone: 'Asia/Amman', zh: '安曼', ar: 'عمّان', currency: 'JOD' },
  { country: 'MA', city: 'Rabat', zone: 'Africa/Casablanca', zh: '拉巴特', ar: 'الرباط', currency: 'MAD' },
  { country: 'TR', city: 'Istanbul', zone: 'Europe/Istanbul', zh: '伊斯坦布尔', currency: 'TRY' },
  { country: 'IR', city: 'Tehran', zone: 'Asia/Tehran', zh: '德黑兰', currency: 'IRR' },
  { country: 'PK', city: 'Islamabad', zone: 'Asia/Karachi', zh: '伊斯兰堡', currency: 'PKR' },
  { country: 'GR', city: 'Athens', zone: 'Europe/Athens', zh: '雅典', currency: 'EUR' },
  { country: 'HU', city: 'Budapest', zone: 'Europe/Budapest', zh: '布达佩斯', currency: 'HUF' },
  { country: 'RS', city: 'Belgrade', zone: 'Europe/Belgrade', zh: '贝尔格莱德', ru: 'Белград', currency: 'RSD' },
  { country: 'PL', city: 'Warsaw', zone: 'Europe/Warsaw', zh: '华沙', currency: 'PLN' },
  { country: 'IT', city: 'Rome', zone: 'Europe/Rome', zh: '罗马', currency: 'EUR' },
  { country: 'PT', city: 'Lisbon', zone: 'Europe/Lisbon', zh: '里斯本', currency: 'EUR' },
  { country: 'CZ', city: 'Prague', zone: 'Europe/Prague', zh: '布拉格', currency: 'CZK' },
  { country: 'ID', city: 'Jakarta', zone: 'Asia/Jakarta', zh: '雅加达', currency: 'IDR' },
  { country: 'MY', city: 'Kuala Lumpur', zone: 'Asia/Kuala_Lumpur', zh: '吉隆坡', currency: 'MYR' },
  { country: 'TH', city: 'Bangkok', zone: 'Asia/Bangkok', zh: '曼谷', currency: 'THB' },
  { country: 'VN', city: 'Hanoi', zone: 'Asia/Ho_Chi_Minh', zh: '河内', currency: 'VND' },
  { country: 'SG', city: 'Singapore', zone: 'Asia/Singapore', zh: '新加坡', currency: 'SGD' },
  { country: 'LK', city: 'Colombo', zone: 'Asia/Colombo', zh: '科伦坡', currency: 'LKR' },
  { country: 'NP', city: 'Kathmandu', zone: 'Asia/Kathmandu', zh: '加德满都', currency: 'NPR' },
  { country: 'ET', city: 'Addis Ababa', zone: 'Africa/Addis_Ababa', zh: '亚的斯亚贝巴', currency: 'ETB' },
  { country: 'KE', city: 'Nairobi', zone: 'Africa/Nairobi', zh: '内罗毕', currency: 'KES' },
  { country: 'NZ', city: 'Auckland', zone: 'Pacific/Auckland', zh: '奥克兰', currency: 'NZD' },
  { country: 'CL', city: 'Santiago', zone: 'America/Santiago', zh: '圣地亚哥', currency: 'CLP' },
  { country: 'CN', city: 'Shenyang', zone: 'Asia/Shanghai', zh: '沈阳', currency: 'CNY' },
  { country: 'CN', city: 'Dalian', zone: 'Asia/Shanghai', zh: '大连', currency: 'CNY' },
]

type Namer = (p: Place) => { name: string; zh: string; ru?: string; ar?: string }

/** Partner name templates by kind; each gives the English name and local names. */
export const partnerNames: Record<string, readonly Namer[]> = {
  media: [
    (p) => ({ name: `${p.city} Television`, zh: `${p.zh}电视台`, ru: p.ru && `Телеканал «${p.ru}»`, ar: p.ar && `تلفزيون ${p.ar}` }),
    (p) => ({ name: `${p.city} Radio`, zh: `${p.zh}广播电台`, ru: p.ru && `Радио «${p.ru}»`, ar: p.ar && `إذاعة ${p.ar}` }),
    (p) => ({ name: `${p.city} Daily`, zh: `${p.zh}日报`, ru: p.ru && `Газета «${p.ru} сегодня»`, ar: p.ar && `صحيفة ${p.ar} اليومية` }),
    (p) => ({ name: `${p.city} Digital Media`, zh: `${p.zh}数字媒体`, ru: p.ru && `Цифровые медиа «${p.ru}»`, ar: p.ar && `${p.ar} للإعلام الرقمي` }),
  ],
  cultural: [
    (p) => ({ name: `${p.city} Museum of Art`, zh: `${p.zh}艺术博物馆`, ru: p.ru && `Музей искусств, ${p.ru}`, ar: p.ar && `متحف ${p.ar} للفنون` }),
    (p) => ({ name: `${p.city} Philharmonic`, zh: `${p.zh}爱乐乐团`, ru: p.ru && `Филармония, ${p.ru}`, ar: p.ar && `أوركسترا ${p.ar} الفيلهارمونية` }),
    (p) => ({ name: `${p.city} National Library`, zh: `${p.zh}国家图书馆`, ru: p.ru && `Национальная библиотека, ${p.ru}`, ar: p.ar && `مكتبة ${p.ar} الوطنية` }),
  ],
  academic: [
    (p) => ({ name: `${p.city} University`, zh: `${p.zh}大学`, ru: p.ru && `Университет, ${p.ru}`, ar: p.ar && `جامعة ${p.ar}` }),
    (p) => ({ name: `${p.city} Institute of Oriental Studies`, zh: `${p.zh}东方学研究所`, ru: p.ru && `Институт востоковедения, ${p.ru}`, ar: p.ar && `معهد الدراسات الشرقية في ${p.ar}` }),
  ],
  government: [
    (p) => ({ name: `${p.city} Department of Culture`, zh: `${p.zh}文化局`, ru: p.ru && `Управление культуры, ${p.ru}`, ar: p.ar && `إدارة الثقافة في ${p.ar}` }),
    (p) => ({ name: `${p.city} Festival Office`, zh: `${p.zh}节庆办公室`, ru: p.ru && `Дирекция фестивалей, ${p.ru}`, ar: p.ar && `مكتب مهرجانات ${p.ar}` }),
  ],
  enterprise: [(p) => ({ name: `${p.city} Cultural Industries Group`, zh: `${p.zh}文化产业集团`, ru: p.ru && `Группа культурных индустрий, ${p.ru}`, ar: p.ar && `مجموعة ${p.ar} للصناعات الثقافية` })],
  ngo: [(p) => ({ name: `${p.city} Friendship Association`, zh: `${p.zh}友好协会`, ru: p.ru && `Общество дружбы, ${p.ru}`, ar: p.ar && `جمعية الصداقة في ${p.ar}` })],
  other: [(p) => ({ name: `${p.city} Arts Foundation`, zh: `${p.zh}艺术基金会`, ru: p.ru && `Фонд искусств, ${p.ru}`, ar: p.ar && `مؤسسة ${p.ar} للفنون` })],
}

/** Venue name templates: English and Chinese. */
export const venueNames: ReadonlyArray<{ name: (p: Place) => string; zh: (p: Place) => string; capacity: number }> = [
  { name: (p) => `${p.city} Concert Hall`, zh: (p) => `${p.zh}音乐厅`, capacity: 1200 },
  { name: (p) => `${p.city} Exhibition Centre`, zh: (p) => `${p.zh}展览中心`, capacity: 3000 },
  { name: (p) => `${p.city} Grand Theatre`, zh: (p) => `${p.zh}大剧院`, capacity: 1600 },
  { name: (p) => `${p.city} Cinema Centre`, zh: (p) => `${p.zh}电影中心`, capacity: 400 },
  { name: (p) => `${p.city} Conference Centre`, zh: (p) => `${p.zh}会议中心`, capacity: 800 },
]

/** Themes of Liaoning culture for event titles: English and Chinese. */
export const themes: ReadonlyArray<[en: string, zh: string]> = [
  ['Liaoning bronzes', '辽宁青铜器'],
  ['Manchu paper-cut', '满族剪纸'],
  ['Hongshan jade', '红山玉器'],
  ['Shenyang Imperial Palace treasures', '沈阳故宫珍宝'],
  ['Northeast shadow puppetry', '东北皮影戏'],
  ['Errenzhuan folk theatre', '二人转'],
  ['Liao dynasty porcelain', '辽代瓷器'],
  ['Guqin music', '古琴音乐'],
  ['Calligraphy of the Qing court', '清宫书法'],
  ['Liaohe river landscapes', '辽河山水'],
  ['Manchu embroidery', '满族刺绣'],
  ['Industrial heritage of Shenyang', '沈阳工业遗产'],
]

export const kindWords: Record<string, [en: string, zh: string]> = {
  exhibition: ['exhibition', '展'],
  performance: ['concert', '音乐会'],
  festival: ['festival week', '文化节'],
  screening: ['film nights', '影展'],
  forum: ['forum', '论坛'],
  training: ['workshop', '培训班'],
  'exchange-visit': ['delegation visit', '代表团访问'],
  other: ['live-stream tour', '云直播'],
}

/** Wall-clock dates when European clocks change in 2027 and 2028: timed events near them test DST handling. */
export const dstDays: readonly string[] = ['2027-03-28', '2027-10-31', '2028-03-26', '2028-10-29']
