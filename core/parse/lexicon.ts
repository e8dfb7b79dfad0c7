// Word lists for attribution: speech verbs, titles and roles, pronouns, and the capitalised words
// that are never a person's name (function words, offices, places, months). Lower-case sets.

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Verbs written after a closing quote (`"…," kata Rutte`); each may take `-nya` (`katanya`). */
export const POST_CUES = set(`
  kata ujar ucap jelas ungkap tambah tutur tulis pungkas imbuh sambung tegas lanjut terang tutup sebut
  papar beber tandas bunyi tanya harap sahut jawab cetus seru pesan kilah aku sergah timpal ajak
  katakan ungkapkan jelaskan tuturkan tanyakan imbuhkan pinta keluh kenang canda klaim akui ingat
  menurut sebutnya tukas tegur bilang teriak imbau urai celetuk kelakar seloroh sindir
  said says told added asked stated wrote noted explained continued`);

/**
 * Words that are speech verbs only right after a closing quote (`"…," saran Rina.`, `"…," tuntas
 * Budi.`); elsewhere they are nouns or adverbs (`saran yang "keren"`, `dalih Rina`, `kupas tuntas`).
 */
/**
 * Speech verbs that make a noun with the word before or after them: `tanggung jawab Menteri X`,
 * `tanya jawab`, `kata sandi`, `ucap syukur` say nothing about who speaks.
 */
export const CUE_COMPOUND_BEFORE: ReadonlyMap<string, readonly string[]> = new Map([
  ['jawab', ['tanggung', 'pertanggung', 'penanggung', 'tanya']],
  ['tutup', ['buka']],
  ['tulis', ['baca']],
]);
export const CUE_COMPOUND_AFTER: ReadonlyMap<string, readonly string[]> = new Map([
  ['kata', ['sandi', 'kunci', 'pengantar', 'sambutan', 'sifat', 'kerja', 'benda', 'ganti', 'seru']],
  ['tanya', ['jawab']],
  ['ucap', ['syukur']],
  ['pesan', ['singkat', 'berantai']],
]);

/**
 * Passive speech verbs written after a quote, the speaker after them (`"…," ditambahkan Tony`,
 * `demikian dilaporkan kantor berita X`).
 */
export const PASSIVE_CUES = set(`
  ditambahkan dijelaskan disampaikan ditegaskan diungkapkan dikatakan ditandaskan dipaparkan dituturkan
  dilaporkan`);

export const QUOTE_ONLY_CUES = set('saran tuntas dalih usul cerita sambut lapor');

/** Verbs that introduce reported speech (`Rutte mengatakan, …`) or a quote (`X menegaskan: "…"`). */
export const PRE_CUES = set(`
  mengatakan menyatakan menjelaskan menambahkan menegaskan mengungkapkan menuturkan menyebutkan
  menyebut memaparkan menerangkan menekankan menilai mengaku mengakui menyampaikan mengingatkan
  mengimbau meminta mengklaim membantah membenarkan menyarankan mengusulkan mengemukakan berpendapat
  berharap bilang berkata bertanya menanyakan menjawab menanggapi memastikan mengungkap mengonfirmasi
  memperkirakan memprediksi mencontohkan menyinggung mengutarakan melanjutkan menandaskan
  mengimbuhkan menceritakan bercerita mengisahkan mengeluhkan menyayangkan mengumumkan melaporkan
  menginformasikan menuliskan menulis mengutip menuding menyerukan mengajak menolak mengingatkan
  berujar berucap bertutur menukas menyimpulkan menganggap mengharapkan memperingatkan mengklarifikasi
  membeberkan mengemukakan mengatakannya ditambahkan dijelaskan disampaikan ditegaskan
  said says told added stated explained noted warned argued`);

/** Pronouns that point back to the last person named. */
export const PRONOUNS = set('dia ia beliau he she');
/** Plural pronouns: a group, not one speaker. */
export const PLURAL_PRONOUNS = set('mereka kami kita they');

/** Words of an office or role that come before a name (`Sekretaris Jenderal NATO Mark Rutte`). */
export const TITLE_WORDS = set(`
  mensos menkeu menkes mendagri menlu menhan menag menaker menhub mentan mendag menperin menpora
  menkumham mendikbud menkominfo menparekraf mensesneg menkopolhukam
  presiden wapres wakil menteri menko mentri kepala ketua ketum waketum direktur dirut dirjen sekjen
  sekretaris jenderal jendral gubernur wagub bupati wabup wali walkot camat lurah kades sekda
  kapolri wakapolri kapolda wakapolda kapolres kapolresta kapolrestabes kapolsek kabareskrim kabid
  kabag kasubag kasubbag kasubdit kasat kasatreskrim kanit kadis kadinkes kasi kabiro karo kapuspen
  kapendam kajati kajari kajagung jaksa hakim panglima pangdam danrem dandim kasad kasal kasau
  komisaris kombes pol kompol akbp akp ajun iptu ipda aiptu bripka brigadir brigjen irjen komjen letjen
  mayjen marsekal laksamana kolonel letkol letnan mayor kapten kopral sersan juru bicara jubir anggota
  staf khusus ahli asisten deputi pelaksana manajer manager general chief executive officer ceo cfo coo cto
  founder cofounder co-founder pendiri pemilik koordinator humas kahumas peneliti pengamat ekonom
  epidemiolog sosiolog psikolog kriminolog dosen guru besar profesor prof dr drs ir pakar analis
  aktivis mantan eks plt pj plh senior kuasa pengacara advokat tersangka terdakwa saksi korban dokter
  perawat bidan ustaz ustadz kiai kyai habib uskup paus raja ratu pangeran perdana pm senator dubes
  duta besar konsul pelatih pemain kiper penyerang gelandang bek presenter penyanyi aktor aktris
  artis pedangdut komedian penulis sutradara produser pengusaha bos pimpinan pemimpin inspektur
  auditor rektor dekan kaprodi pembina pengasuh pendamping penasihat penasehat koordinator kordinator
  ketuanya wakilnya komandan danlanud danlantamal kabasarnas kalaksa kalak plt. warga pedagang
  pengemudi sopir petani nelayan siswa mahasiswa pelajar orangtua ibu bapak pak bu mbak mas kak
  pegawai karyawan buruh pekerja relawan pasien penumpang pengunjung pembeli penjual pemudik
  petugas pengurus pejabat legislator politikus politisi wartawan jurnalis pemerhati praktisi
  spesialis konsultan akademisi cendekiawan budayawan sejarawan ilmuwan tokoh sekretariat ketua-ketua
  coordinating acting vice commissioner ambassador analyst economist expert researcher lecturer
  professor regent
  headmaster principal president minister secretary spokesperson spokesman spokeswoman director
  chairman chairwoman governor mayor head deputy chief`);

/** Offices written short: `Mensos` is the `Menteri Sosial`. */
export const SHORT_TITLES: ReadonlyMap<string, string> = new Map([
  ['mensos', 'menteri sosial'], ['menkeu', 'menteri keuangan'], ['menkes', 'menteri kesehatan'],
  ['mendagri', 'menteri dalam negeri'], ['menlu', 'menteri luar negeri'], ['menhan', 'menteri pertahanan'],
  ['menag', 'menteri agama'], ['menaker', 'menteri ketenagakerjaan'], ['menhub', 'menteri perhubungan'],
  ['mentan', 'menteri pertanian'], ['mendag', 'menteri perdagangan'], ['menperin', 'menteri perindustrian'],
  ['menpora', 'menteri pemuda dan olahraga'], ['menkumham', 'menteri hukum dan hak asasi manusia'],
  ['mendikbud', 'menteri pendidikan dan kebudayaan'], ['menkominfo', 'menteri komunikasi dan informatika'],
  ['menparekraf', 'menteri pariwisata dan ekonomi kreatif'], ['mensesneg', 'menteri sekretaris negara'],
  ['menkopolhukam', 'menteri koordinator bidang politik, hukum, dan keamanan'],
  ['wapres', 'wakil presiden'], ['wagub', 'wakil gubernur'], ['wabup', 'wakil bupati'],
]);

/** Words that join parts of a long title (`Menteri Koordinator Bidang Politik, Hukum, dan Keamanan`). */
export const TITLE_JOINERS = set(`
  dan bidang urusan dari untuk pada di bagian sekaligus serta yang seorang salah satu the of and for`);

/** Words that head an organisation or place: a name right after them belongs to it, not to a person. */
export const ORG_HEADS = set(`
  universitas institut sekolah akademi politeknik kampus madrasah pesantren pondok yayasan lembaga
  badan dinas kantor kementerian kemenko komisi dewan majelis mahkamah pengadilan kejaksaan kepolisian
  polda polres polresta polsek kodam korem kodim lanud partai fraksi bank pt cv tbk persero perum
  perusahaan grup group rumah sakit rsud rsup rs puskesmas klinik hotel bandara pelabuhan stasiun
  terminal jalan jl gedung istana masjid gereja pura vihara candi gunung pulau selat sungai kali
  danau teluk laut samudra provinsi kabupaten kota kecamatan kelurahan desa kampung dusun kompleks
  perumahan pasar mal mall taman lapangan stadion gelora museum monumen program operasi gerakan
  kabinet pakta aliansi asosiasi perhimpunan persatuan ikatan himpunan serikat koperasi forum
  komunitas klub club tim timnas kartu undang-undang uu peraturan perpres permen perda pasal
  sekolah kapal kereta pesawat festival pameran piala liga jembatan tol bendungan waduk kawasan pantai
  hutan suaka cagar bukit lembah tanjung kepulauan daop divre kanwil distrik the`);

/** Bodies named by one word (`Kemenkeu`, `Pertamina`): the head and the whole name at once. */
export const NAMED_BODIES = set(`
  kemendagri kemenkes kemenkeu kemenhub kemensos kemenag kemendikbud kemendikbudristek kemenlu
  kemenko kemenparekraf kementan kemendag kemenperin kemenkumham kemenpora kemnaker kemenaker
  kemenkominfo kemensetneg kemenpupr kemenpan kemenristek kemen-pupr pemprov pemkot pemkab pemda
  pemdes polri satgas dinkes dishub disdik bappenas bappeda kominfo setneg tni bumn kpu bawaslu
  bapanas basarnas bulog pertamina telkom bappebti bakamla damkar muhammadiyah`);


/** Capitalised words that are not names: function words at the start of a sentence, days, months,
 *  places and the nouns of offices and ministries (`Menteri Keuangan`). */
export const NOT_NAME = set(`
  yang dan di ke dari ini itu dengan untuk pada adalah tidak dalam akan oleh juga bahwa atau karena jelang menjelang
  namun tetapi tapi sementara saat ketika setelah sebelum sejak selama hingga sampai agar supaya jika
  kalau bila apabila meski meskipun walau walaupun bahkan selain sedangkan sehingga maka lalu kemudian
  menurut menurutnya berdasarkan terkait soal mengenai tentang adapun sebab sebelumnya selanjutnya
  akhirnya kini sekarang nanti kemarin besok tak belum sudah telah masih harus bisa dapat perlu
  ada hal para sejumlah seluruh semua setiap banyak beberapa sebanyak sekitar lebih kurang hanya
  cuma pun ia dia beliau mereka kami kita saya aku anda kamu engkau ini itu tersebut sebuah seorang
  satu dua tiga empat lima enam tujuh delapan sembilan sepuluh pertama kedua ketiga apa siapa orang
  mengapa kenapa bagaimana kapan dimana mana berapa begitu demikian jadi oleh sebagai atas bawah
  antara tanpa melalui lewat bagi secara dalam luar baru lama besar kecil tinggi rendah baik
  kata ujar ucap katanya ujarnya lanjutnya tambahnya ungkapnya tuturnya ucapnya jelasnya
  senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus
  september oktober november desember jan feb mar apr jun jul agu agt sep sept okt nov des
  pagi siang sore malam tahun bulan pekan wib wita wit
  negara republik pemerintah pemerintahan nasional daerah pusat regional internasional umum khusus
  negeri luar dalam sosial keuangan kesehatan pendidikan kebudayaan agama pertahanan keamanan hukum
  politik ekonomi perekonomian perdagangan perindustrian industri pertanian kehutanan lingkungan
  hidup energi sumber daya mineral tenaga kerja ketenagakerjaan perhubungan transportasi pariwisata
  kreatif koperasi ukm umkm usaha mikro menengah investasi pembangunan perencanaan riset teknologi
  informasi komunikasi digital kelautan perikanan desa tertinggal transmigrasi pemuda olahraga
  perempuan anak perlindungan pemberdayaan aparatur reformasi birokrasi sekretariat negara bumn
  badan usaha milik pekerjaan perumahan rakyat agraria tata ruang pertanahan kependudukan sipil
  catatan imigrasi pemasyarakatan lalu lintas reserse kriminal narkoba intelijen operasional
  humas hubungan masyarakat pelayanan publik kesejahteraan penanggulangan bencana pencarian
  pertolongan meteorologi klimatologi geofisika statistik penerangan pengawasan pengendalian
  pemberantasan korupsi pemilihan pemilu penyelenggara utama muda madya pratama tinggi
  kehormatan etik disiplin penelitian pengembangan pemeriksa inspektorat kepegawaian perbendaharaan
  anggaran pajak bea cukai moneter fiskal makro stabilitas sistem jasa otoritas kejaksaan
  covid corona virus vaksin pandemi
  utara selatan barat timur tengah raya besar metro metropolitan
  indonesia jakarta dki bandung surabaya semarang yogyakarta medan makassar palembang denpasar bali
  jawa sumatera sumatra kalimantan sulawesi papua maluku nusa tenggara aceh riau jambi bengkulu
  lampung banten bekasi bogor depok tangerang sleman bantul malang solo surakarta cirebon tegal
  pekanbaru padang manado ambon kupang mataram pontianak banjarmasin balikpapan samarinda palu
  kendari gorontalo ternate jayapura sorong merauke batam bintan kepulauan bangka belitung
  lombok sumbawa flores timor sumba madura nias bangka belitung karimun natuna lampung pamulang serpong
  ciputat cibinong cikarang karawang purwakarta subang sumedang garut tasikmalaya ciamis banjar
  cianjur sukabumi cimahi kuningan majalengka indramayu brebes pemalang pekalongan kendal
  ungaran salatiga magelang temanggung wonosobo banjarnegara purbalingga banyumas purwokerto cilacap
  kebumen purworejo klaten boyolali sragen karanganyar wonogiri sukoharjo grobogan blora rembang
  kudus jepara demak gunungkidul kulonprogo wates ngawi madiun magetan ponorogo pacitan trenggalek
  tulungagung blitar kediri nganjuk jombang mojokerto sidoarjo gresik lamongan tuban bojonegoro
  pasuruan probolinggo lumajang jember bondowoso situbondo banyuwangi sumenep pamekasan sampang
  bangkalan gianyar badung tabanan buleleng karangasem klungkung bangli jembrana singaraja
  dompu sumbawa ende maumere labuan bajo waingapu atambua binjai pematangsiantar
  sibolga tarutung deli serdang langkat asahan labuhanbatu bukittinggi payakumbuh solok pariaman
  dumai siak kampar bengkalis rokan tanjungpinang lubuklinggau prabumulih lahat muara enim baturaja
  metro pringsewu tanggamus cilegon pandeglang lebak serang tangsel singkawang sambas ketapang
  palangkaraya sampit banjarbaru martapura tarakan bontang tenggarong bitung tomohon kotamobagu
  bolaang mongondow luwuk poso parepare palopo gowa maros bulukumba baubau konawe kolaka
  tidore sofifi halmahera tual manokwari fakfak timika nabire wamena biak boven digoel
  ntb ntt diy jabar jateng jatim kalbar kalteng kalsel kaltim kaltara sulut sulteng sulsel sultra
  sulbar sumut sumbar sumsel kepri babel
  amerika serikat as china tiongkok jepang korea india rusia ukraina inggris prancis perancis jerman
  belanda italia spanyol turki arab saudi iran irak israel palestina mesir australia singapura
  malaysia thailand vietnam filipina brunei myanmar kamboja laos timor leste kanada brasil meksiko
  eropa asia afrika pasifik atlantik hindia uni selandia afganistan afghanistan pakistan qatar
  yordania lebanon suriah yaman belgia swiss swedia norwegia finlandia denmark polandia ceko
  hongaria austria yunani portugal irlandia skotlandia taiwan hongkong hong kong london brussel
  paris washington beijing tokyo moskwa kyiv kiev berlin roma madrid
  islam kristen katolik hindu buddha allah tuhan nabi
  rp us$ persen bidang urusan jaya nomor kompas antara tempo detik reuters afp bloomberg no tim satuan tugas gugus komite dunia hak asasi manusia tanah air
  university college institute school academy health sciences science hospitality lending digital
  foundation center centre council association express airlines airways air capital partners holdings
  global network media news watch labs tech solutions services company corporation club fund trust
  energy power resources hotel resort boat ship fast water care beach villa pool spa cafe restaurant
  tower square park garden island bay lake river mountain city village street road
  coffee kopi tea teh kafe coffeeshop roastery bakery kitchen resto bistro eatery studio store shop
  research consulting securities sekuritas management ventures insights analytics laboratory lab
  food affairs economic economy investment mineral trade finance financial defense defence foreign
  home state national regional agency ministry department office people house representatives
  he she they we it you his her their its our of at the and for
  singapore japan russia ukraine england britain france germany netherlands italy spain turkey
  iraq palestine egypt philippines canada brazil mexico europe africa america american indonesian
  chinese asean united kingdom states nations
  idul adha natal lebaran ramadhan ramadan imlek nyepi waisak paskah`);

/**
 * Academic degrees written short with a period (`Dr. Eng. Ir. Budi`, `Ph.D`): a title, never a name,
 * though capitalised. The common ones before a name (`Prof`, `Dr`, `Ir`) are title words already.
 */
export const DEGREES = set('eng ing techn sc ph phd msc mt st sh mh se mm mba ak kes pd');

/**
 * Words that name something else when alone (a month of fasting) but are often the last word of a
 * person's name (`Ahmad Ramadhan`): after a name word they go on with the name.
 */
export const NAME_TAILS = set('ramadan ramadhan jaya');

/** Given names that are also ordinary words: a lone `Teguh` after a title is a person. */
export const WORD_NAMES = set(`
  teguh budi agung bayu dewi lestari indah cahaya rahmat hari putri sari ayu intan mulia bintang surya
  adi putra wati tri eka dwi kurnia setia permata mega fajar rizki rezeki wahyu iman hidayat rahayu
  bagus bakti guntur halim hasan ilham indra jati kasih lintang mawar melati nur pelangi pertiwi prima
  rangga ratna rini sakti samudra sinta suci tegar utama wijaya yudha zahra arif bijak sukma laksana
  santoso slamet selamat untung harapan aman damai dian gita kartika puspita ratu raja yoga wisnu
  dharma darma bima arjuna satria kusuma rosa lili lily melinda nanda pandu galih gilang hendra
  irawan iwan joko juli agus anton asih ani eko heru imam lukman maya mulyadi nina rudi sigit
  putu made wayan nyoman ketut kadek komang gede`);

/** Speech verbs in English copy use these joiners between quote and name. */
export const ENGLISH_STOP = set('the a an of and to in is that for on with was as by it at this from');
export const INDONESIAN_STOP = set(
  'yang dan di ke dari ini itu dengan untuk pada adalah tidak dalam akan oleh juga bahwa kata ujar atau tersebut',
);
