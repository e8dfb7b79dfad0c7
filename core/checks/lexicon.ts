// Word lists the rules share. Data, not logic: a desk can read them here in one place.

export const WEEKDAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
export const MONTHS = ['januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november', 'desember'];
export const MONTH_ABBR: Record<string, number> = { jan: 0, feb: 1, mar: 2, apr: 3, mei: 4, jun: 5, jul: 6, agu: 7, agt: 7, ags: 7, sep: 8, sept: 8, okt: 9, nov: 10, des: 11 };

/** Speech verbs after a closing quote, and reported-speech cues (from the corpus README's counts). */
export const SPEECH_CUES = new Set([
  'kata', 'ujar', 'ujarnya', 'katanya', 'ucap', 'jelasnya', 'jelas', 'ungkap', 'tambahnya', 'tutur', 'ucapnya',
  'tulis', 'tulisnya', 'ungkapnya', 'tuturnya', 'pungkasnya', 'imbuhnya', 'sambungnya', 'tegasnya', 'lanjutnya', 'tegas', 'imbuh',
  'tambah', 'lanjut', 'terang', 'pungkas', 'terangnya', 'tutup', 'tutupnya', 'sebut', 'sebutnya', 'sambung', 'papar', 'paparnya', 'beber', 'bebernya',
  'tandas', 'tandasnya', 'bunyi', 'tanya', 'tanyanya', 'harapnya', 'sahut', 'jawab', 'jawabnya', 'cetus', 'cetusnya', 'katakan', 'klaimnya', 'akunya', 'kilahnya', 'keluhnya', 'pintanya', 'serunya', 'pesannya', 'urainya', 'ajaknya',
  'menurut', 'menurutnya', 'mengatakan', 'menyatakan', 'menjelaskan', 'menambahkan', 'menegaskan', 'mengungkapkan',
  'menuturkan', 'menyebutkan', 'memaparkan', 'menerangkan', 'ditambahkan', 'berkata', 'mengaku', 'menyebut', 'meminta', 'mengingatkan', 'menilai', 'menanggapi', 'bertanya', 'menulis', 'mengklaim', 'menekankan', 'berujar', 'bercerita', 'menceritakan', 'mengimbau', 'mengutip', 'dikutip',
]);

/** `-nya` cues that point back at a speaker named before. */
export const NYA_CUES = new Set([...SPEECH_CUES].filter((w) => w.endsWith('nya') && w !== 'menurutnya'));

/** Words that head a title or role before a name (lower case). */
export const TITLE_HEADS = new Set([
  'presiden', 'wakil', 'menteri', 'menko', 'gubernur', 'bupati', 'wali', 'walikota', 'ketua', 'sekretaris', 'direktur', 'kepala',
  'panglima', 'kapolri', 'kapolda', 'kapolres', 'kapolsek', 'duta', 'perdana', 'raja', 'ratu', 'pangeran', 'paus', 'kanselir',
  'jaksa', 'hakim', 'jenderal', 'laksamana', 'marsekal', 'kolonel', 'mayor', 'kapten', 'letnan', 'brigjen', 'mayjen', 'letjen',
  'komisaris', 'inspektur', 'rektor', 'dekan', 'camat', 'lurah', 'senator', 'anggota', 'juru', 'jubir', 'dirut', 'kabid', 'kasubdit',
  'kepolisian', 'pelatih', 'manajer', 'pendiri', 'pemimpin', 'pengamat', 'peneliti', 'ekonom', 'analis', 'dosen', 'guru', 'profesor', 'dokter', 'pakar',
  'kuasa', 'pengacara', 'advokat', 'koordinator', 'kasat', 'kadis', 'kasi', 'sekjen', 'wamen', 'kabag', 'kepala', 'asisten', 'staf', 'penasihat',
  'deputi', 'plt', 'pj', 'ceo', 'founder', 'presenter', 'penyanyi', 'aktor', 'aktris', 'artis', 'youtuber', 'selebgram', 'influencer', 'atlet', 'pebulu',
  'pesepak', 'pembalap', 'petinju', 'pegolf', 'ilmuwan', 'psikolog', 'ahli', 'sosiolog', 'kriminolog', 'epidemiolog', 'ekonom', 'sejarawan', 'budayawan',
  'komedian', 'sutradara', 'produser', 'penulis', 'pengusaha', 'bos', 'owner', 'direksi', 'kuasa', 'seniman', 'musisi', 'rapper', 'model', 'komika', 'pemain',
  'striker', 'kiper', 'bek', 'gelandang', 'juara', 'wasit', 'tersangka', 'terdakwa', 'pelaku', 'ibu', 'ayah', 'istri', 'suami', 'anak', 'adik', 'kakak', 'putri', 'putra', 'ustaz', 'kiai', 'pendeta', 'warga', 'petani', 'pedagang', 'mahasiswa', 'siswa', 'korban', 'saksi', 'politikus', 'politisi',
]);

/** Title heads that PUEBI capitalizes before a name (offices and ranks, not occupations). */
export const OFFICE_TITLES = new Set([
  'presiden', 'wakil presiden', 'menteri', 'gubernur', 'bupati', 'wali kota', 'ketua', 'sekretaris jenderal', 'panglima',
  'perdana menteri', 'raja', 'ratu', 'pangeran', 'paus', 'kanselir', 'jaksa agung', 'duta besar', 'wakil gubernur', 'wakil bupati',
  'wakil wali kota', 'kapolri', 'kapolda', 'kepala staf', 'jenderal', 'laksamana', 'marsekal', 'sekjen', 'wamen', 'menko',
]);

/** Informal short forms that body copy spells out (`menhan` → `Menteri Pertahanan`). */
export const INFORMAL_SHORT: Record<string, string> = {
  menhan: 'Menteri Pertahanan', menlu: 'Menteri Luar Negeri', mendagri: 'Menteri Dalam Negeri', menkeu: 'Menteri Keuangan',
  menkes: 'Menteri Kesehatan', mendag: 'Menteri Perdagangan', menperin: 'Menteri Perindustrian', mentan: 'Menteri Pertanian',
  menhub: 'Menteri Perhubungan', menaker: 'Menteri Ketenagakerjaan', menpora: 'Menteri Pemuda dan Olahraga',
  mensesneg: 'Menteri Sekretaris Negara', menkominfo: 'Menteri Komunikasi dan Informatika', menag: 'Menteri Agama',
  mendikbud: 'Menteri Pendidikan dan Kebudayaan', menparekraf: 'Menteri Pariwisata dan Ekonomi Kreatif', menko: 'Menteri Koordinator',
  menkumham: 'Menteri Hukum dan HAM', wapres: 'Wakil Presiden', wamenlu: 'Wakil Menteri Luar Negeri', wamenhan: 'Wakil Menteri Pertahanan',
  sekjen: 'Sekretaris Jenderal', pemkot: 'pemerintah kota', pemkab: 'pemerintah kabupaten', pemprov: 'pemerintah provinsi',
  pemda: 'pemerintah daerah', ortu: 'orang tua', medsos: 'media sosial', kemlu: 'Kementerian Luar Negeri', kemhan: 'Kementerian Pertahanan',
};

/** `INFORMAL_SHORT` as a Map: a lookup by a computed word without an object-property probe. */
export const INFORMAL_SHORT_MAP: ReadonlyMap<string, string> = new Map(Object.entries(INFORMAL_SHORT));

/** Acronyms a reader knows without their long form (not spelled out at first use). */
export const KNOWN_ACRONYMS = new Set([
  'RI', 'NKRI', 'PBB', 'NATO', 'ASEAN', 'UE', 'AS', 'DPR', 'DPRD', 'MPR', 'DPD', 'TNI', 'POLRI', 'KPK', 'BUMN', 'BUMD', 'PT', 'TBK', 'CV',
  'WIB', 'WITA', 'WIT', 'GMT', 'UTC', 'USD', 'IDR', 'EUR', 'HAM', 'APBN', 'APBD', 'PNS', 'ASN', 'SD', 'SMP', 'SMA', 'SMK', 'TK', 'UI', 'ITB',
  'UGM', 'IPB', 'KTP', 'SIM', 'NIK', 'NPWP', 'BBM', 'PLN', 'MA', 'MK', 'KY', 'BI', 'OJK', 'BPK', 'BPS', 'BMKG', 'BNPB', 'BPBD', 'SAR',
  'COVID', 'HIV', 'AIDS', 'WHO', 'IMF', 'G20', 'G7', 'UMKM', 'PHK', 'KUHP', 'UU', 'PP', 'PERPRES', 'RT', 'RW', 'TV', 'CEO', 'PBNU', 'NU', 'MUI',
  'PDIP', 'PDI', 'PKS', 'PKB', 'PAN', 'PPP', 'DKI', 'NTT', 'NTB', 'DIY', 'TPS', 'KPU', 'BAWASLU', 'PILKADA', 'PEMILU', 'PSSI', 'FIFA', 'AFC',
  'IKN', 'KRL', 'MRT', 'LRT', 'TKI', 'PMI', 'WNI', 'WNA', 'OTT', 'HUT', 'PON', 'GDP', 'PDB', 'AI', 'IT', 'PC', 'HP', 'SMS', 'URL', 'CCTV',
  'ID', 'OK', 'VIP', 'FBI', 'CIA', 'UEFA', 'NBA', 'F1', 'MOTOGP', 'IPO', 'BEI', 'IHSG', 'LPG', 'KA', 'KAI', 'UKM', 'PSBB', 'PPKM', 'BPJS',
  'STNK', 'BPKB', 'KK', 'CPNS', 'SEA', 'NASA', 'OPEC', 'BRICS', 'APEC', 'WTO', 'UNESCO', 'UNICEF', 'UNHCR', 'EU', 'UK', 'USA', 'UAE', 'PM',
  'AKP', 'AKBP', 'KOMPOL', 'IPTU', 'IPDA', 'AIPTU', 'AIPDA', 'BRIPKA', 'BRIPTU', 'BRIGPOL', 'KOMBES', 'IRJEN', 'KOMJEN', 'BRIGJEN', 'MAYJEN', 'LETJEN',
  'AFP', 'BBC', 'CNN', 'CNBC', 'ABC', 'DW', 'NHK', 'AP', 'BRI', 'BNI', 'BCA', 'BTN', 'BSI', 'RUU', 'UUD', 'SDM', 'DNA', 'RNA', 'ATM', 'SUV', 'LED', 'PCR',
  'RAM', 'PPN', 'PPH', 'SPBU', 'CSR', 'CPO', 'ESDM', 'ITE', 'DPP', 'DPW', 'DPC', 'SARS', 'PUPR', 'BPN', 'BLT', 'PKH', 'MBG', 'SPPG', 'TKP', 'OSIS', 'SNBP', 'SNBT', 'UTBK',
  'LPSK', 'KPAI', 'KOMNAS', 'BNN', 'BIN', 'BAIS', 'KSAD', 'KSAL', 'KSAU', 'POLDA', 'POLRES', 'POLSEK', 'KODAM', 'KOREM', 'KODIM', 'LAPAS', 'RUTAN',
  'MOU', 'FTA', 'WFH', 'WFO', 'OTA', 'LIVE', 'LINK', 'VIDEO', 'FOTO', 'BACA', 'SIMAK', 'NEWS', 'UPDATE', 'BREAKING', 'ASN', 'PPPK', 'TNI-AD', 'KSP', 'BKPM', 'BKN',
  'SMPN', 'SMAN', 'UIN', 'IAIN', 'ITS', 'UNAIR', 'UNPAD', 'UNDIP', 'UNS', 'UNY', 'UNJ', 'UPI', 'IPK', 'SKS', 'S1', 'S2', 'S3', 'D3', 'D4', 'BUMDES', 'UMR', 'UMP', 'UMK',
  'II', 'III', 'IV', 'VI', 'VII', 'VIII', 'IX', 'XI', 'XII', 'XX', 'XXI', 'RSUD', 'RS', 'RSUP', 'PAUD', 'SLB', 'MTS', 'MI', 'MAN', 'SDN', 'SMPN', 'SMAN', 'SMKN',
]);

export const FOREIGN_AGENCIES = new Set(['reuters', 'afp', 'ap', 'anadolu', 'xinhua', 'bernama', 'kyodo', 'yonhap', 'tass', 'ria', 'dpa', 'efe', 'ansa', 'sputnik', 'aa', 'bloomberg', 'irna', 'wafa', 'pna', 'vna', 'sana', 'mena', 'apa', 'pti', 'ians']);

/** `di` + these is a preposition: written apart (`di rumah`), never `dirumah`. */
export const LOCATIVES = new Set([
  'rumah', 'sana', 'sini', 'situ', 'mana', 'antara', 'atas', 'bawah', 'dalam', 'luar', 'depan', 'belakang', 'samping', 'sekitar',
  'tengah', 'kantor', 'sekolah', 'pinggir', 'sebelah', 'seberang', 'balik', 'hadapan', 'sela', 'tepi', 'ujung', 'pojok', 'kota', 'desa',
  'jalan', 'lapangan', 'pasar', 'sisi', 'bagian', 'wilayah', 'kawasan', 'lokasi', 'tempat', 'negara', 'sekeliling', 'bandara', 'pelabuhan',
]);

// Letter patterns standard Indonesian spelling does not use: an English or other foreign word
// (`th`, `ph`, `ck`, `x`, `-tion`, doubled consonants other than `ng`/`gg`/`kk`).
// English endings too (`ranking`, `honorable`, `mentions`): a word of six letters or more ending in
// `-ing` is English in Indonesian copy (the language's own `-ing` words are all in the list).
const FOREIGN = /th|ph|sh|ck|ee|x|q|ght|tions?$|ments?$|ness$|ous$|ive$|^wh|w$|y$|ll|ss|tt|ff|pp|dd|bb|zz|...ing$|[ai]ble$/;

/** Common English words in Indonesian copy (tech, business, sport, lifestyle): foreign, not misspelt. */
export const ENGLISH_COMMON = new Set(`a an and are as at be been but by can do for from game games get go good has have he her his how i if in
is it its just like make me more my new no not now of on one online only or our out over page private rate save see she so test than that
the their them then there they this time to up us was we were what when which who why will with you your year years file files link links
chip chips fair cold cost costs website web event events member members merchant merchants rider riders cloud venue center centre chain
chains swab rapid software hardware update updates webinar marketplace startup startups streaming monitoring portable drone drones
introvert extrovert matcha stunting outfit outfits skincare brand brands branding influencer influencers content creator creators fans
fan platform trading trader traders mobile gadget gadgets smartphone laptop gaming gamer gamers esports live show shows talk tour
concert single album band idol idols fashion style lifestyle vlog vlogger podcast review reviews feature features upgrade download
upload install online offline login password email user users account followers follower viral trending netizen netizens meme
screen battery camera charger display performance performa processor driver drivers tips trik cashback voucher promo discount diskon
sale flash delivery order booking check in out cash payment wallet digital fintech paylater crypto token tokens blockchain ai chatbot
data center server cyber hacker hack security safety cover body look looks healthy healthcare wellness mental health self care
coffee shop cafe resto restaurant food foods snack snacks dessert menu drink drinks beauty makeup hair style trend trends tren
insight leader leadership team teams manager management project meeting deadline report reporting meeting board holding group
market markets stock stocks share shares index fund funds capital venture investor investors ticket tickets fan club match play
playoff final finals race racing pole position lap sprint grand prix open cup league super big top best first last next free
open home away goal goals assist score coach player players striker winger keeper midfielder defender school kitchen
pink silver gold high low job jobs system head point points oil outdoor indoor vice hybrid van sub gym hand sanitizer lane power bug bugs
chief sound red blue green black white notice firing hoc ad batch under justice fast tenant tenants public vehicle e-commerce feng shui
official officer manager director executive senior junior part full remote work working office business finance property travel
sport sports health food news inet hot oto edu pop`.split(/\s+/));

export function looksForeign(word: string): boolean {
  const w = word.toLowerCase();
  return ENGLISH_COMMON.has(w) || FOREIGN.test(w);
}
