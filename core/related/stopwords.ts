// Indonesian function words and newsroom filler. They are indexed (phrases need them) but carry no
// weight in ranking or in related-story matching.

const LIST = `
ada adalah adanya agar akan akhirnya aku amat anda antara apa apabila apakah atas atau bagai bagaimana
bagi bahkan bahwa baik banyak baru beberapa begitu belum benar berapa berbagai bersama besar bila bisa
boleh bukan cara dalam dan dapat dari demikian dengan di dia diri ditambahkan hal hampir hanya harus
hingga ia ialah ini itu jadi jangan jika juga jumat kalau kali kami kamis kamu kan karena kata katanya
ke kecil kembali kemudian kepada ketika kini kita lagi lain lalu lama lebih maka mana masih mau melalui
memang menjadi menurut menurutnya mereka merupakan meski minggu misalnya mungkin nya namun oleh pada
padahal para pernah pula pun rabu sabtu saat saja salah sama sampai sangat satu saya sebab sebagai
sebelum sebelumnya sedang sedangkan sehingga sejak sekali sekitar selama selasa seluruh semua senin
sementara sendiri seperti serta setelah setiap sini situ suatu sudah supaya tak tanpa tapi telah
tentang terhadap termasuk tersebut tetapi tidak untuk yaitu yakni yang ujar ujarnya ucap tutur jelas
jelasnya ungkap tambah tambahnya lanjut lanjutnya sebut tegas tegasnya papar kemarin hari tahun bulan
pekan persen orang pihak pihaknya dirinya beliau kamu hanya tiap para via per kok dong lah pun
mengatakan menyatakan menjelaskan menambahkan menegaskan mengungkapkan menuturkan menyebutkan
dikatakan disebutkan sebanyak antaranya berkata
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));

/** True for a folded word (or its stem) that carries no meaning on its own. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
