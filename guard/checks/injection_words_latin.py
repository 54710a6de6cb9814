"""Lexicons of :mod:`guard.checks.injection_more_languages` for Turkish, Indonesian, Vietnamese, Swedish,
Czech, Romanian, Hungarian, Danish, Norwegian and Finnish, written folded (:func:`~guard.checks.injection_words.fold`).
Each was written for the family of each request (see :class:`~guard.checks.injection_words.Words`)
and measured on ``train/injection_more_languages.jsonl`` (479 of 600 attacks, 0 of 600
look-alikes, 0 of ~4,000 English and German benign rows)."""

from __future__ import annotations

from guard.checks.injection_words import Words

__all__ = ["LATIN"]

# Turkish ---------------------------------------------------------------------------------------
_TR_RULE_STEMS = (
    r"talimat|kural|yonerge|k[ıi]s[ıi]tlama|filtre|politika|programlama|komut|prosedur|direktif|ilke|"
    r"s[ıi]n[ıi]rlama|yasak"
)

# Scandinavian helpers --------------------------------------------------------------------------
_SCAND_AI = r"ai|ki|a\.i\.|assistent\w*|chatbot\w*|bot|botten|sprakmodell\w*|sprogmodel\w*|spr[aå]kmodell\w*|modell?\w*"

# (No lexicon marks setup "internal" as the model's own: a company's internal instructions are
# written for new staff every day.)
LATIN: dict[str, Words] = {
    # ---------------------------------------------------------------------------------- Turkish
    "tr": Words(
        # "Şirketimin", "mağazamızın" (not "sistemin": the system's); "botum", "chatbotumuz"
        mine_suffix=r"(?<!\w)(?:(?!sistem)\w+(?:[ıiu]m|m)(?:[ıiu]z)?[ıiu]n|(?:chat)?bot(?:um|umuz)(?:un|a|da|u)?)(?!\w)",
        letters="ğışç",
        set_aside=r"(?<!\w)(?:yok\s+say(?!ma(?![nk]))|gormezden\s+gel(?!me(?![nk]))|unut(?!ma(?![nk])|t[uıi]m|tuk|mus)|"
        r"dikkate\s+alma(?:y[ıi]n|dan|y[ıi]\s+b[ıi]rak)?(?!\w)|umursama(?:y[ıi]n)?(?!\w)|onemseme(?:yin)?(?!\w)|"
        r"takma(?:y[ıi]n)?(?!\w)|ciddiye\s+alma(?:y[ıi]n)?(?!\w)|bos\s*ver|atla(?!ma(?![nk]))|atlat|es\s+gec|"
        r"(?:bir\s+)?kenara\s+(?:b[ıi]rak|at|koy|it)|rafa\s+kald[ıi]r|devre\s+d[ıi]s[ıi]|kapat|kald[ıi]r|"
        r"iptal\s+et|ask[ıi]ya\s+al|ihlal\s+et|cigne|delip\s+gec|"
        r"uyma(?:y[ıi]n|y[ıi]\s+b[ıi]rak|y[ıi]\s+kes)?(?!\w)|uymak\s+zorunda\s+degil|uymana\s+gerek\s+yok|"
        r"(?:art[ıi]k\s+)?gecerli\s+(?:degil|olmamal)|gecersiz|hukm[uı]\s+(?:kalmad|yok)|"
        r"baglay[ıi]c[ıi]\s+degil|ne\s+derse\s+desin|ne\s+soylerse\s+soylesin|aras[ıi]ndan\s+c[ıi]k|bir\s+yana\s+b[ıi]rak|unutup)\w*",
        rules=r"(?<!\w)(?:"
        + _TR_RULE_STEMS
        + r"|sistem\s+istem|sistem\s+mesaj|system\s+prompt|prompt|sansur|"
        r"her\s+sey|ne\s+soylendiyse|yukar[ıi]daki\s+(?:her\s+sey|metin))"
        r"(?!\w*?(?:[ıiuae]?m|[ıiuae]m[ıiu]z)(?:[ıiu]|a|e|da|de|dan|den|[ıi]n)?(?!\w))\w*",
        theirs=r"(?<!\w)(?:senin|sizin|sana\s+(?:\w+\s+)?(?:verilen|verilmis|yuklenen|soylenen|koyulan|konulan|"
        r"tan[ıi]mlanan|yaz[ıi]lan|ogretilen|iletilen|belirlenen)|size\s+verilen|onceki|daha\s+onceki|"
        r"yukar[ıi]daki|yukar[ıi]da|ustteki|sistem\w*|guvenlik\w*|orijinal\w*|as[ıi]l|baslang[ıi]c\w*|ilk|"
        r"gelistirici\w*|varsay[ıi]lan|etik|ahlak\w*|dahili|normal|eski|mevcut|icerik|"
        r"(?:" + _TR_RULE_STEMS + r")(?:lar|ler)?[ıiu]?n(?:[ıiae]|da|de|dan|den|dan|[ıi]n)?)(?!\w)",
        mine=r"(?<!\w)(?:benim|bana\s+ait|(?:yazd|haz[ıi]rlad|olusturd|kurd|ekled|gonderd|verd)[ıiu]m|\w+[dt][ıiu]g[ıiu]m(?:[ıiu]|a|da|dan)?|kendi)(?!\w)",
        negation=r"(?<!\w)(?:asla|sak[ıi]n|hicbir\s+(?:zaman|kosulda|sekilde)|hic|never)(?!\w)",
        reveal=r"(?<!\w)(?:goster|yaz(?!d[ıiu]m|d[ıi]k|mal[ıi]|[ıi]yor|[ıi]l[ıi]r|[ıi]l|[ıi]m)|tekrarla|tekrar\s+et|ac[ıi]kla|ifsa|soyle|paylas|cevir|"
        r"kopyala|listele|s[ıi]rala|ozetle|d[oö]k|anlat|nedir|hangi|kodla|basla)\w*",
        setup=r"(?<!\w)(?:sistem\s+istem|sistem\s+mesaj|system\s+prompt|prompt|istem|talimat|yonerge|kural|"
        r"yap[ıi]land[ıi]rma|konfigurasyon|ayar|baslang[ıi]c\s+mesaj|sifre|parola|api\s+anahtar|anahtar|"
        r"kod|soylenen|baglam)\w*",
        hidden=r"(?<!\w)(?:senin|sana|gizli\w*|ilk|baslang[ıi]c\w*|sistemde\w*|sistemin|sistem\s+(?:istemini|promptunu|mesaj[ıi]n[ıi])|kelimesi\s+kelimesine|harfi\s+harfine|"
        r"harf\s+harf|aynen|oldugu\s+gibi|eksiksiz|gelistirici\w*|sakl[ıi]\w*|dahili|"
        # ("talimatlarını" is "your instructions" and "the instructions" alike: the suffix alone is
        # no mark of the model's own; "Yeni çalışanlar için güvenlik talimatlarını yaz" asks for new ones)
        r"(?:sen\s+)?gelmeden\s+once)(?!\w)",
        unrestricted=r"(?<!\w)(?:s[ıi]n[ıi]rs[ıi]z|filtresiz|sansursuz|kurals[ıi]z|k[ıi]s[ıi]tlamas[ıi]z|"
        r"(?:hicbir|hic\s+bir|hic)\s+(?:\w+\s+)?(?:filtre|sansur|kural|k[ıi]s[ıi]tlama|s[ıi]n[ıi]r|yasak|etik|ahlak|politika)\w*|"
        r"(?:filtre|sansur|kural|k[ıi]s[ıi]tlama|s[ıi]n[ıi]r|etik|politika)\w*\s+(?:\w+\s+)?(?:yok|olmayan|"
        r"uygulanm[ıi]yor|kald[ıi]r[ıi]ld[ıi]|devre\s+d[ıi]s[ıi]|gecersiz|yuklenmedi|kapat[ıi]ld[ıi]|bagl[ıi]\s+degil))\w*",
        ai=r"(?<!\w)(?:yapay\s+zek\w*|yz|ai|model\w*|asistan\w*|bot\w*|chatbot\w*|mod(?:u|unda|dasin|undas[ıi]n|da)?|"
        r"surum\w*|art[ıi]k\s+sen|sen\s+(?:simdi|art[ıi]k)|bundan\s+sonra|rol\w*)(?!\w)",
        reader=r"(?<!\w)(?:(?:yapay\s+zek\w*|yz|ai|asistan\w*|model\w*|bot\w*|ajan\w*|sistem\w*)\s+(?:i[cç]in\s+)?"
        r"(?:sistem\s+)?(?:not|talimat|mesaj|uyar[ıi])\w*\s*:|"
        r"(?:okuyan|isleyen|tarayan|ozetleyen|degerlendiren|inceleyen|analiz\s+eden|ceviren)\s+(?:\w+\s+)?"
        r"(?:yapay\s+zek\w*|yz|ai|asistan\w*|bot\w*|model\w*|sistem\w*|ajan\w*|dil\s+modeli)|"
        r"eger\s+(?:sen\s+)?(?:bir\s+)?(?:yapay\s+zek\w*|dil\s+modeli|ai|yz|asistan|bot)\w*|"
        r"(?:yapay\s+zek\w*|yz|ai|asistan\w*|model)\s+(?:\w+\s+){0,2}?(?:ozetlerken|okurken|islerken|cevirirken|"
        r"degerlendirirken)|(?:^|\W)(?:yz|ai|yapay\s+zek\w*|asistan)\s*:)",
        act=r"(?<!\w)(?:yok\s+say|gormezden\s+gel|unut|dikkate\s+alma|gonder|ilet|yonlendir|soyle|oner|tavsiye|"
        r"puan|\d+\s+ver|sadece\s+\w+\s+yaz|yaz|t[ıi]kla|onayla|atla|ozet\s+yerine|ozetleme|cevirme|"
        r"b[ıi]rak|iste|paylas|ekle|de\s+ki)\w*",
        common="yazdır goster tekrarla yok yapay zeka merhaba sistem gizli benim soyle bir ve bu icin nasıl ne bana sana su sadece misin mısın mı mi sen seni senin onceki unut lutfen ama sonra hicbir tum simdi artık ile gibi cok seyi yaz kurallarını talimatlarını",
    ),
    # ------------------------------------------------------------------------------- Indonesian
    "id": Words(
        mine_suffix=r"(?<!\w)\w{2,}ku(?!\w)",
        set_aside=r"(?<!\w)(?:abaikan|mengabaikan|diabaikan|lupakan|melupakan|dilupakan|lewati|melewati|dilewati|"
        r"bypass|membypass|mem-bypass|langgar|melanggar|dilanggar|hiraukan|acuhkan|kesampingkan|singkirkan|"
        r"sampingkan|mengesampingkan|dikesampingkan|tinggalkan|batalkan|membatalkan|dibatalkan|menonaktifkan|mematikan|menghapus|dihapus|buang|hapus|menghapus|cabut|dicabut|tangguhkan|batalkan|nonaktifkan|dinonaktifkan|"
        r"matikan|dimatikan|akali|mengakali|"
        r"(?:tidak|tak|gak|nggak|ga|jangan)\s+(?:usah\s+|perlu\s+|lagi\s+|harus\s+)?(?:ikuti|mengikuti|diikuti|patuhi|"
        r"mematuhi|dipatuhi|turuti|menuruti|hiraukan|pedulikan|peduli|pakai|dipakai|taati|menaati|dengarkan)|"
        r"berhenti\s+(?:\w+\s+){0,2}?(?:mengikuti|mematuhi|menaati|menuruti|memakai)|"
        r"(?:udah\s+|sudah\s+)?(?:tidak|tak|gak|ga|nggak|ngga|enggak)\s+(?:lagi\s+)?(?:berlaku|terikat|mengikat)|tidak\s+pernah\s+ada|anggap\s+(?:saja\s+)?tidak\s+ada|tidak\s+lagi\s+(?:berlaku|mengikat|relevan)|"
        r"(?:sudah\s+)?(?:tidak\s+)?(?:dinonaktifkan|dimatikan|dicabut|dihapus))\w*",
        rules=r"(?<!\w)(?:instruksi|aturan|peraturan|pedoman|panduan|arahan|batasan|pembatasan|filter|kebijakan|"
        r"perintah|pemrograman|program|sensor|prompt|system\s+prompt|pesan\s+sistem|ketentuan|protokol|"
        r"larangan|rambu|segala\s+(?:sesuatu|yang)|semua\s+yang)(?!\w*(?:ku|saya)(?!\w))\w*",
        theirs=r"(?<!\w)(?:kamu|anda|kau|dirimu|sebelumnya|sebelum\s+ini|di\s+atas|diatas|tadi\s+di\s+atas|sistem|"
        r"keamanan|keselamatan|asli|awal|bawaan|internal|etika|moral|pengembang\w*|developer|pembuat\w*|"
        r"yang\s+(?:telah\s+|sudah\s+)?(?:diberikan|ditetapkan|dipasang|ditanamkan|dimasukkan)|"
        r"(?:instruksi|aturan|peraturan|pedoman|panduan|arahan|batasan|pembatasan|filter|kebijakan|perintah|"
        r"program|pemrograman|prompt|ketentuan|protokol)\w*mu|(?!ilmu|temu|bertemu|jamu)\w{2,}mu)(?!\w)",
        mine=r"(?<!\w)(?:saya|aku|gue|gua|gw|ku|yang\s+(?:saya|aku|ku)\s*\w+)(?!\w)",
        negation=r"(?<!\w)(?:jangan(?:\s+pernah)?|tidak\s+pernah|tak\s+pernah|jgn|never|tidak\s+boleh|dilarang)(?!\w)",
        reveal=r"(?<!\w)(?:tunjuk|tampil|perlihat|tulis|ulang|cetak|ungkap|bocor|sebut|beritahu|beri\s+tahu|"
        r"kasih\s+tahu|terjemah|salin|eja|lanjutkan|bagi|jelaskan|rangkum|ringkas|kutip|daftar|apa|berikan|kasih|encode|ubah)\w*",
        setup=r"(?<!\w)(?:system\s+prompt|prompt|instruksi|perintah|konfigurasi|pengaturan|aturan|pesan\s+sistem|"
        r"kata\s+sandi|sandi|password|kunci|api\s+key|kode|pesan\s+(?:awal|pertama))\w*",
        hidden=r"(?<!\w)(?:kamu|anda|mu|tersembunyi\w*|rahasia\w*|awal\w*|sistem\w*|(?:tidak|tak)\s+(?:bisa|dapat)\s+(?:aku|saya|ku)\s*lihat|kata\s+per\s+kata|persis|apa\s+adanya|"
        r"lengkap|utuh|yang\s+(?:kamu\s+|anda\s+)?(?:terima|diberikan|dapatkan)|sebelum\s+(?:percakapan|saya|aku)|"
        r"asli|(?:prompt|instruksi|perintah|konfigurasi|pengaturan|aturan)\w*mu)(?!\w)",
        unrestricted=r"(?<!\w)(?:tanpa\s+(?:\w+\s+)?(?:batas|batasan|filter|sensor|aturan|pembatasan|etika|moral|"
        r"larangan|kekangan|rambu)|tidak\s+(?:punya|memiliki|ada|mengenal|terikat)\s+(?:\w+\s+)?(?:batas|batasan|filter|"
        r"sensor|aturan|etika|larangan|kebijakan)|(?:batasan|filter|sensor|aturan|pembatasan)\w*\s+(?:\w+\s+)?"
        r"(?:telah\s+|sudah\s+)?(?:dihapus|dinonaktifkan|dimatikan|dicabut|tidak\s+berlaku)|"
        r"tak\s+terbatas|tidak\s+terbatas|(?:tidak|tak)\s+(?:pernah|akan)\s+menolak|(?:tidak\s+ada|tanpa)\s+(?:\w+\s+)?terlarang|pembatas\w*\s+(?:\w+\s+)?(?:sudah\s+|telah\s+)?(?:dicabut|dihapus)|bebas\s+(?:dari\s+)?(?:\w+\s+)?(?:aturan|filter|sensor|batas)|"
        r"tidak\s+terikat|tidak\s+disensor|tanpa\s+sensor)\w*",
        ai=r"(?<!\w)(?:ai|kecerdasan\s+buatan|model|asisten|chatbot|bot|mode|kamu\s+(?:sekarang|adalah)|"
        r"mulai\s+(?:sekarang|saat\s+ini)|sekarang\s+kamu|versi|peran|karakter|tokoh|kembaran)\w*",
        reader=r"(?<!\w)(?:(?:catatan|pesan|instruksi|perintah|pemberitahuan)\s+(?:\w+\s+)?(?:untuk|bagi|kepada)\s+"
        r"(?:\w+\s+)?(?:asisten|ai|model|sistem|bot|chatbot|kecerdasan)|"
        r"(?:ai|asisten(?:\s+ai)?|model(?:\s+bahasa)?|bot|chatbot|sistem\s+ai|kecerdasan\s+buatan)[\s,]+"
        r"(?:apa\s+pun\s+)?yang\s+(?:sedang\s+)?(?:membaca|memproses|merangkum|meringkas|menerjemahkan|menganalisis|"
        r"menilai|memindai|meninjau)|"
        r"(?:jika|kalau|bila|apabila)\s+(?:kamu|anda|engkau)\s+(?:adalah\s+)?(?:sebuah\s+)?(?:ai|model|asisten|"
        r"kecerdasan|chatbot|bot)|kepada\s+(?:\w+\s+)?(?:ai|asisten|model|bot|sistem)\w*(?:\s+\w+)?\s*:|(?:^|\W)(?:ai|asisten\s+ai)\s*:)",
        act=r"(?<!\w)(?:abaikan|lupakan|kirim|teruskan|beritahu|beri\s+tahu|katakan|bilang|sarankan|"
        r"rekomendasikan|berikan\s+(?:\w+\s+)?(?:nilai|skor|rating|bintang)|beri\s+nilai|"
        r"jangan\s+(?:\w+\s+)?(?:merangkum|meringkas|rangkum|terjemahkan|menerjemahkan|sebutkan)|"
        r"tulis(?:kan)?\s+(?:hanya|saja)|hanya\s+(?:jawab|tulis|balas)|klik|setujui|minta|arahkan|tambahkan|"
        r"nyatakan|sampaikan|sebutkan|tuliskan|balas|jawab\s+(?:hanya|saja))\w*",
        common="telah oleh yang dan untuk di ke saya ini kamu anda apa semua saja tidak dari abaikan tanpa ada instruksi aku sudah dengan jangan aturan sebelumnya sekarang tolong bagaimana bisa",
    ),
    # ------------------------------------------------------------------------------ Vietnamese
    "vi": Words(
        letters="ơưđăâêôạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
        set_aside=r"(?<!\w)(?:bo\s+qua|lo\s+di|phot\s+lo|lo\s+(?:het|tat\s+ca)|quen\s+(?:di|het|moi|tat|nhung|cac)|"
        r"quen(?=\s+(?:\w+\s+){0,2}?(?:huong|chi|quy|lenh|moi|nhung|cac|tat))|vuot\s+qua|gat(?!\w)|(?:bi\s+)?huy(?!\w)|bat\s+ke|mac\s+ke|(?:dung|khong\s+can)\s+(?:\w+\s+)?(?:de\s+y|ban\s+tam|quan\s+tam)|"
        r"de\s+sang\s+(?:mot\s+)?ben|bat\s+chap|vo\s+hieu\s+hoa|tat(?!\s+ca)(?!\w)|go\s+bo|xoa\s+bo|xoa|"
        r"pha\s+vo|vi\s+pham|huy\s+bo|bo\s+(?:het|di|tat\s+ca|moi|nhung|cac)|"
        r"(?:khong\s+(?:can|phai)|dung|thoi|ngung|ngung)\s+(?:\w+\s+){0,2}?(?:tuan\s+(?:theo|thu)|lam\s+theo|"
        r"nghe\s+theo|ap\s+dung|quan\s+tam)|"
        r"khong\s+con\s+(?:\w+\s+)?(?:hieu\s+luc|ap\s+dung|gia\s+tri|rang\s+buoc|duoc\s+ap\s+dung)|"
        r"het\s+hieu\s+luc|khong\s+(?:con\s+)?bi\s+rang\s+buoc|cho\s+qua)",
        rules=r"(?<!\w)(?:huong\s+dan|chi\s+dan|chi\s+thi|quy\s+tac|quy\s+dinh|nguyen\s+tac|menh\s+lenh|lenh|"
        r"gioi\s+han|han\s+che|rang\s+buoc|bo\s+loc|chinh\s+sach|kiem\s+duyet|lap\s+trinh|system\s+prompt|prompt|"
        r"loi\s+nhac|thiet\s+lap|cai\s+dat|moi\s+thu|tat\s+ca\s+nhung\s+gi|nhung\s+gi|dieu\s+khoan|"
        r"bien\s+phap\s+an\s+toan|luat(?!\s+phap))(?!\w)",
        theirs=r"(?<!\w)(?:cua\s+(?:ban|may|cau|em|anh|he\s+thong)|truoc\s+(?:do|day|kia)|o\s+tren|phia\s+tren|"
        r"ben\s+tren|tren\s+day|he\s+thong|an\s+toan|bao\s+mat|ban\s+dau|goc|mac\s+dinh|noi\s+bo|dao\s+duc|"
        r"duoc\s+(?:\w+\s+)?(?:giao|cung\s+cap|dua|dat|cai|lap\s+trinh|thiet\s+lap)|nha\s+phat\s+trien|"
        r"nguoi\s+tao|ban\s+(?:da\s+)?(?:nhan|duoc)|cho\s+ban|ban)(?!\w)",
        mine=r"(?<!\w)(?:cua\s+(?:toi|minh|tao|tui)|(?:toi|minh|tao|tui)\s+(?:da\s+|vua\s+)?(?:gui|noi|dua|viet|bao|dan|giao|nhan))(?!\w)",
        negation=r"(?<!\w)(?:khong\s+bao\s+gio|chang\s+bao\s+gio|khong\s+duoc|dung\s+bao\s+gio|dung|khong|cam|never)(?!\w)",
        reveal=r"(?<!\w)(?:hien\s+thi|cho\s+(?:toi|minh|tao|tui|em)\s+(?:xem|biet)|in\s+ra|viet\s+(?:ra|lai)|"
        r"chep\s+(?:ra|lai)|sao\s+chep|lap\s+lai|nhac\s+lai|tiet\s+lo|chia\s+se|dich|liet\s+ke|ke\s+ra|noi\s+(?:cho|ra)|"
        r"tom\s+tat|xuat|la\s+gi|(?:viet|noi|ghi)\s+gi|dat\s+(?:tat\s+ca|toan\s+bo)|nhung\s+gi|gi\s+vay|gom\s+nhung|dan\s+(?:ra|lai)|ma\s+hoa|trich)(?!\w)",
        setup=r"(?<!\w)(?:system\s+prompt|prompt|loi\s+nhac|huong\s+dan|chi\s+thi|chi\s+dan|lenh|cau\s+hinh|"
        r"thiet\s+lap|cai\s+dat|mat\s+khau|khoa\s+api|api\s+key|khoa\s+bi\s+mat|ma\s+\w+|quy\s+tac|"
        r"tin\s+nhan\s+(?:he\s+thong|dau\s+tien|khoi\s+tao)|van\s+ban|dan\s+ban)(?!\w)",
        hidden=r"(?<!\w)(?:cua\s+ban|an\s+giau|duoc\s+an|bi\s+an|an(?=\s*(?:\W|$))|bi\s+mat|ban\s+dau|goc|he\s+thong|"
        r"nguyen\s+van|tung\s+chu|chinh\s+xac|day\s+du|duoc\s+(?:\w+\s+)?(?:giao|cung\s+cap|dua)\s+cho\s+ban|"
        r"truoc\s+(?:do|khi)|noi\s+bo|phia\s+tren|o\s+tren|ban\s+(?:da\s+)?nhan|khoi\s+tao|dau\s+tien)(?!\w)",
        unrestricted=r"(?<!\w)(?:khong\s+(?:con\s+)?(?:co\s+|bi\s+|chiu\s+)?(?:bat\s+ky\s+|bat\s+cu\s+|mot\s+|\w+\s+)?"
        r"(?:gioi\s+han|han\s+che|bo\s+loc|kiem\s+duyet|rang\s+buoc|quy\s+tac|dao\s+duc|luat|chinh\s+sach)|"
        r"khong\s+(?:ton\s+tai|co)\s+(?:\w+\s+)?(?:luat|gioi\s+han|dao\s+duc|kiem\s+duyet)|khong\s+bao\s+gio\s+tu\s+choi|"
        r"vo\s+han|khong\s+che|(?:gioi\s+han|bo\s+loc|kiem\s+duyet|han\s+che|quy\s+tac)\s+(?:\w+\s+){0,2}?"
        r"(?:go\s+bo|xoa|tat|vo\s+hieu|loai\s+bo|bai\s+bo)|tu\s+do\s+hoan\s+toan|"
        r"thoat\s+khoi\s+(?:\w+\s+)?(?:rang\s+buoc|gioi\s+han|kiem\s+duyet))(?!\w)",
        ai=r"(?<!\w)(?:ai|tri\s+tue\s+nhan\s+tao|mo\s+hinh|tro\s+ly|chatbot|bot|che\s+do|phien\s+ban|"
        r"tu\s+(?:gio|bay\s+gio|nay)|ban\s+(?:la|bay\s+gio|gio|se)|gio\s+ban|vai|nhan\s+vat|song\s+sinh)(?!\w)",
        reader=r"(?<!\w)(?:(?:ghi\s+chu|chi\s+thi|lenh|thong\s+bao)\s+(?:he\s+thong|cho\s+(?:cac\s+)?(?:ai|tro\s+ly|mo\s+hinh|bot|chatbot|he\s+thong)(?:\s+\w+)?)\s*:|(?:gui|cho)\s+(?:\w+\s+)?(?:ai|tro\s+ly|chatbot|bot|mo\s+hinh)(?:\s+\w+){0,2}?\s*:|(?:ghi\s+chu|luu\s+y|loi\s+nhan|chi\s+thi|lenh|huong\s+dan|thong\s+diep|tin\s+nhan)\s+"
        r"(?:\w+\s+)?(?:cho|gui|danh\s+cho|toi)\s+(?:cac\s+|moi\s+)?(?:tro\s+ly|ai|mo\s+hinh|he\s+thong|bot|chatbot)|"
        r"(?:ai|tro\s+ly(?:\s+ai)?|mo\s+hinh(?:\s+ngon\s+ngu)?|bot|chatbot|he\s+thong\s+ai)\s+(?:nao\s+)?"
        r"(?:dang\s+)?(?:doc|xu\s+ly|tom\s+tat|phan\s+tich|dich|quet|danh\s+gia)|"
        r"neu\s+ban\s+la\s+(?:mot\s+)?(?:ai|tro\s+ly|mo\s+hinh|chatbot|bot|tri\s+tue)|"
        r"(?:^|\W)(?:ai|tro\s+ly\s+ai|tro\s+ly)\s*:)",
        act=r"(?<!\w)(?:bo\s+qua|gui|chuyen\s+tiep|noi\s+(?:voi|cho)|bao\s+(?:voi\s+|cho\s+)?nguoi\s+dung|"
        r"thong\s+bao|de\s+xuat|gioi\s+thieu|khuyen|cham|danh\s+gia|cho\s+(?:\d+|diem)|"
        r"chi\s+(?:tra\s+loi|viet|noi|ghi)|khong\s+(?:tom\s+tat|dich)|nhan\s+vao|nhap\s+vao|xac\s+nhan|quen|"
        r"yeu\s+cau|them|khang\s+dinh|viet|thanh\s+toan|chuyen\s+(?:tien|khoan)|hoi|dung\s+viec|dung)(?!\w)",
        common="cua khong va minh nay cho toi mot dung moi hay qua viet bao cau trong loi nguoi tu gi nhan cac gio tren thi nao bi ban huong dan",
    ),
    # --------------------------------------------------------------------------------- Swedish
    "sv": Words(
        letters="åäö",
        set_aside=r"(?<!\w)(?:ignorer\w*(?!\w)(?!\s+(?:inte|aldrig|ej))|strunta\w*(?!\s+(?:inte|aldrig))\s+i|"
        r"struntar\s+(?:du\s+)?i|(?:inte|ej)\s+(?:\w+\s+)?(?:lyda|folja)|slapp\w*|forbis\w*|annuller\w*|(?:foljer|lyder)\s+du\s+(?:inte|ej)|bortse\s+fran|bortser\s+fran|glom\w*(?!\w)(?!\s+(?:inte|aldrig|ej))|hoppa\w*\s+over|"
        r"kringga\w*|forbiga\w*|asidosatt\w*|skippa\w*|"
        r"sluta\w*\s+(?:\w+\s+){0,2}?(?:folja|lyda|att\s+folja|tillampa|bry\s+dig)|(?:folj|lyd)\s+inte|"
        r"bry\s+dig\s+inte\s+om|bryr\s+dig\s+inte\s+om|bry\s+dig\s+inte|bryt\w*\s+mot|bryt(?!\w)|"
        r"avaktivera\w*|inaktivera\w*|stang\w*\s+av|sla\w*\s+av|ta\s+bort|tagit\s+bort|lagg\w*\s+(?:\w+\s+)?at\s+sidan|"
        r"galler\s+(?:inte|ej)\s+(?:langre|langer|langre|har|nu)|gallande\s+inte|upphav\w*|ogiltig\w*|"
        r"ar\s+(?:nu\s+)?(?:avstangda|avaktiverade|inaktiverade|upphavda|ogiltiga|raderade|borttagna)|raderat|"
        r"behover\s+(?:du\s+)?inte\s+(?:langre\s+)?(?:folja|lyda|bry)|kasta\w*|radera\w*|"
        r"overskrid\w*|overstyr\w*|satt\w*\s+ur\s+spel|upphor)",
        rules=r"(?:instruktion|regel|regl|riktlinj|anvisning|begransning|restriktion|filter|filtr|policy|polic|"
        r"direktiv|programmering|systemprompt|system\s*prompt|prompt|systemmeddelande|censur|sparr|skyddsrack|"
        r"riktmarke|(?<!\w)allt(?!\w))\w*",
        theirs=r"(?<!\w)(?:din|dina|ditt|er|era|tidigare|ovan|ovanstaende|ovanfor|foregaende|system\w*|sakerhet\w*|"
        r"ursprungliga|grundlaggande|som\s+du\s+(?:har\s+)?(?:fatt|givits|fick|tilldelats)|du\s+(?:har\s+)?(?:fatt|fick)|"
        r"givna|utvecklar\w*|skapar\w*|etisk\w*|inbyggda|interna|initiala|standard\w*|innehalls\w*|foretags\w*|"
        r"nuvarande|gamla)(?!\w)",
        mine=r"(?<!\w)(?:min|mina|mitt|jag\s+(?:har\s+|hade\s+)?(?:skickade|skickat|gav|sa|sade|skrev|skrivit|gett|"
        r"gav\s+dig|mejlade|lamnade)|som\s+jag)(?!\w)",
        negation=r"(?<!\w)(?:aldrig|inte|ej|icke|never|utan\s+att|den\s+att|henne\s+att|honom\s+att)(?!\w)",
        reveal=r"(?<!\w)(?:visa|skriv(?!er|a\s)|upprepa|avsloja|berätta|beratta|aterge|citera|oversatt|lista|dela|kopiera|"
        r"sammanfatta|vad|vilka|vilken|hur\s+lyder|ge\s+mig|klistra|formatera|koda|lagg|redovisa|rabbla)\w*",
        setup=r"(?:systemprompt|prompt|instruktion|anvisning|regl|regel|konfiguration|installning|systemmeddelande|"
        r"meddelande|losenord|nyckel|(?<!\w)kod|config|direktiv|allt\s+som\s+st[aå]r)\w*",
        hidden=r"(?<!\w)(?:din|dina|ditt|dold\w*|hemlig\w*|ursprungliga|forsta|inledande|initial\w*|systemets|systemet|systemprompten|"
        r"ordagrant|ord\s+for\s+ord|exakt|som\s+du\s+(?:har\s+)?fatt|du\s+(?:har\s+)?fick|du\s+fick|du\s+har\s+fatt|"
        r"ovanfor|innan\s+(?:jag|det\s+har|samtalet|konversationen)|skapare|utvecklare\w*)(?!\w)",
        unrestricted=r"(?<!\w)(?:utan\s+(?:\w+\s+)?(?:begransning|filter|censur|regler|restriktion|sparr|etik|"
        r"moral|granser|skyddsrack|riktlinjer)\w*|inga\s+(?:\w+\s+)?(?:begransning|filter|regler|restriktion|"
        r"granser|sparr|censur|riktlinjer)\w*|ingen\s+(?:\w+\s+)?(?:censur|etik|moral)\w*|ocensurerad\w*|"
        r"obegransad\w*|ofiltrerad\w*|aldrig\s+(?:sager\s+nej|vagrar)|(?:fri|befriad)\s+fran\s+(?:alla\s+)?\w+|"
        r"(?:filter|begransningar|regler|sparrar|restriktioner)\w*\s+(?:\w+\s+)?(?:ar\s+)?(?:borttagna|"
        r"avstangda|avaktiverade|upphavda|raderade))",
        ai=r"(?<!\w)(?:ai(?:-\w+)?|artificiell\s+intelligens|modell\w*|assistent\w*|chatbot\w*|bot|botten|\w*lage[t]?|"
        r"mode|version|fran\s+och\s+med\s+nu|du\s+(?:ar|har)|roll\w*|jailbreak\w*)(?!\w)",
        reader=r"(?<!\w)(?:(?:notering|anteckning|meddelande|instruktion|note|obs|not|systemmeddelande|uppmaning)\w*"
        r"\s+(?:\w+\s+)?(?:till|for)\s+(?:\w+\s+)?(?:ai|assistent|modell|sprakmodell|system|bot|chatbot)\w*(?:-\w+)?|"
        r"(?:till|for)\s+(?:ai|ai-\w+|assistenten|modellen|sprakmodellen|chatboten)\w*[\s,]*(?:som\s+\w+|:)|"
        r"(?:ai|ai-\w+|assistent\w*|sprakmodell\w*|modell\w*|bot\w*|chatbot\w*)\s+som\s+(?:\w+\s+)?"
        r"(?:laser|bearbetar|sammanfattar|analyserar|oversatter|granskar|hanterar|tolkar)|"
        r"om\s+du\s+ar\s+(?:en\s+)?(?:ai|sprakmodell|assistent|modell|chatbot|bot)|(?:^|\W)(?:ai|ai-\w+)\s*:)",
        act=r"(?<!\w)(?:ignorera|glom|bortse|skicka|vidarebefordra|beratta|sag|rekommendera|foresla|"
        r"ge\s+(?:\w+\s+)?(?:betyg|poang|\d)|betygsatt|svara\s+(?:bara|endast|enbart)|skriv\s+(?:bara|endast|enbart)|"
        r"sammanfatta\s+inte|oversatt\s+inte|klicka|godkann|uppmana|be\s+(?:anvandaren|dem|kunden)|"
        r"pasta|lagg\s+till|hanvisa|swisha|uppge|dela)\w*",
        common="och du att till pa jag som ar om det min fran inte hur med ett skriv alla nu dina vad kan ska utan svara mig allt din bara ignorera eller nar",
    ),
    # ----------------------------------------------------------------------------------- Czech
    "cs": Words(
        letters="řěůčšžýí",
        set_aside=r"(?<!\w)(?:ignoruj|ignorovat|ignoroval|zapomen|zapomn|nevsimej\s+si|nevsimejte\s+si|nedbej|"
        r"obejdi|obejit|obchaz|preskoc|odhod|pust\s+z\s+hlavy|hod\s+za\s+hlavu|nerid\w*\s+se|"
        r"prestan\w*\s+(?:\w+\s+){0,2}?(?:ridit|dodrzovat|drzet|poslouchat|respektovat|dbat)|"
        r"(?:uz\s+)?neplat|prestavaj\w*\s+platit|zrus|deaktivuj|deaktivov|vypni|vypnut|odstran|porus|"
        r"(?:dej|odloz|pust|nech)\w*\s+(?:\w+\s+){0,3}?stranou|nedodrzuj|neposlouchej|nerespektuj|"
        r"neber\w*\s+(?:\w+\s+)?ohled|nebrat\s+(?:\w+\s+)?ohled|prestal\w*\s+(?:\w+\s+){0,2}?(?:ridit|dodrzovat|drzet|poslouchat|respektovat)|rus(?:im|te|it)?(?!\w)|vypn\w*|pozastav\w*|neuplatnuj\w*|neaplikuj\w*|nemusis\s+(?:\w+\s+)?(?:dodrzovat|ridit|respektovat|poslouchat)|"
        r"nejsi\s+(?:uz\s+)?vazan|neni\s+(?:uz\s+)?(?:platn|zavazn)|pozbyl\w*\s+platnost|obejd|smaz|prepis)\w*",
        rules=r"(?<!\w)(?:instrukc|pokyn|pravidl|smernic|zasad|omezen|filtr|politik|narizen|prikaz|program|"
        r"systemov\w*\s+(?:prompt|zprav|pokyn|instrukc)|system\s+prompt|prompt|cenzur|bezpecnostni\s+opatren|"
        r"vsechno|vse(?!\w)|regul|naprogramov|direktiv|restrikc)\w*",
        theirs=r"(?<!\w)(?:tv(?:e|a|oje|eho|ych|ymi|ym|uj|ou|ojich|emu)|sv(?:uj|a|e|eho|ych|ou|ymi|ym|oje|ojich|emu)|star[eay]\w*|co\s+ti\s+(?:\w+\s+){0,3}?(?:rekl|naridil|zadal|dal|napsal|nastavil)\w*|vas(?:e|eho|ich|imi|i)|predchoz\w*|"
        r"drivejs\w*|vyse|nahore|puvodn\w*|systemov\w*|bezpecnostn\w*|vychoz\w*|interni\w*|eticke?\w*|"
        r"(?:ktere|co)\s+(?:ti|vam)\s+(?:byl[yoa]?\s+)?(?:dan|zadan|dal|nastav|rekl|vlozil|napsal)\w*|"
        r"(?:ti|vam)\s+(?:byl[yoa]?\s+)?(?:dan|zadan|nastaven|receno)\w*|vyvojar\w*|tvurc\w*|dosavadn\w*|"
        r"uvedene|obsahov\w*|firemn\w*)(?!\w)",
        mine=r"(?<!\w)(?:m(?:e|eho|ych|ymi|ou|emu|oje|uj|ym)|(?:ktere|co)?\s*jsem\s+(?:ti|vam)\s+\w+)(?!\w)",
        negation=r"(?<!\w)(?:nikdy|ne|never|nesmis|nesmi)(?!\w)",
        reveal=r"(?<!\w)(?:ukaz|zobraz|vypis(?!\w)|vypiste|napis(?!\w)|napiste|zopakuj|opakuj|prozrad|odhal|rekni|sdel|preloz|zkopiruj|"
        r"vyjmenuj|shrn|vloz|cituj|preved|dokonc|pokracuj|co\s+(?:je|jsou|obsahuj|stoj|rika)|jak(?:e|y|a|ym)(?!\w)|zakoduj|dej\s+mi)\w*",
        setup=r"(?<!\w)(?:systemov\w*\s+(?:prompt|zprav|instrukc|pokyn)|prompt|instrukc|pokyn|nastaven|konfigurac|"
        r"hesl|klic|pravidl|zprav|kod|receno|co\s+ti\s+(?:\w+\s+)?(?:rekl|naridil|zadal|napsal))\w*",
        hidden=r"(?<!\w)(?:tv(?:e|a|oje|eho|ych|ymi|ym|uj|ou|ojich)|vas(?:e|eho|ich|imi)|skryt\w*|tajn\w*|"
        r"puvodn\w*|pocatecn\w*|uvodn\w*|sv(?:uj|a|e|eho|ych|ou|ymi|oje|ojich)|doslova|doslovne|slovo\s+od\s+slova|presne|"
        r"(?:ktere|co)\s+(?:jsi|jste)\s+dostal\w*|(?:jsi|jste)\s+dostal\w*|co\s+ti\s+\w+|prvni|"
        r"vyvojar\w*|pred\s+(?:zacatkem|timto|konverzac)\w*)(?!\w)",
        unrestricted=r"(?<!\w)(?:bez\s+(?:\w+\s+)?(?:omezen|filtr|cenzur|pravid|zabran|hranic|etik|etick|moral|zasad)\w*|"
        r"(?:zadn|nemas\s+zadn|nemate\s+zadn|nema\s+zadn)\w*\s+(?:\w+\s+)?(?:omezen|filtr|pravidl|cenzur|hranic|zasad|zabran)\w*|"
        r"neexist\w*\s+(?:\w+\s+)?(?:zakon|pravidl|moral|omezen)\w*|neni\s+(?:uz\s+)?zakazan\w*|"
        r"neomezen\w*|necenzurovan\w*|nefiltrovan\w*|"
        r"(?:omezen|filtr|pravidl|cenzur)\w*\s+(?:\w+\s+)?(?:byl[ay]?\s+|jsou\s+)?(?:odstranen|vypnut|zrusen|deaktivovan)\w*|"
        r"osvobozen\w*\s+od)",
        ai=r"(?<!\w)(?:ai|umel\w*\s+inteligenc\w*|(?-i:UI)|model\w*|asistent\w*|chatbot\w*|bot\w*|rezim\w*|mod|verze|"
        r"od\s+ted|od\s+tehle\s+chvile|jsi|rol[ie]\w*)(?!\w)",
        reader=r"(?<!\w)(?:(?:poznamk|zprav|pokyn|instrukc|vzkaz|upozornen)\w*\s+(?:\w+\s+)?pro\s+(?:\w+\s+)?"
        r"(?:ai|(?-i:UI)|asistent|model|jazykov|system|bot|chatbot|umel)\w*|"
        r"(?:ai|(?-i:UI)|asistent\w*|model\w*|bot\w*|chatbot\w*|umela\s+inteligence)(?:[\s,]+\w+)?[\s,]+"
        r"(?:kter[yaeá]\w*|co)\s+(?:[\w-]+\s+){0,3}?(?:cte|ctes|zpracovav|shrnuj|analyzuj|preklad|hodnot|prochaz|cti|kontroluj|dela)\w*|"
        r"pro\s+(?:\w+\s+)?(?:ai|(?-i:UI)|asistent\w*|model\w*|jazykov\w*\s+model\w*|system\w*)(?:\s+\w+)?\s*:|"
        r"(?:^|\W)ai-\w+\s*:|systemov\w*\s+(?:pokyn|zprav|instrukc|poznamk)\w*|"
        r"(?:pokud|jestli|jestlize|kdyz)\s+(?:jsi|jste)\s+(?:\w+\s+)?(?:ai|(?-i:UI)|model|asistent|umela|chatbot|jazykov)\w*|"
        r"(?:^|\W)(?:ai|(?-i:UI)|ai\s+asistent\w*)\s*:)",
        act=r"(?<!\w)(?:ignoruj|zapomen|posli|preposli|rekni|sdel|doporuc|navrhni|dej\s+(?:\w+\s+)?(?:hodnocen|bod|\d)|"
        r"ohodnot|odpovez\s+(?:jen|pouze)|napis\s+(?:jen|pouze)|neshrnuj|neprekladej|klikni|schval|vyzvi|"
        r"pozadej|pridej|uved|tvrd|oznam|oznac|odpovidej\s+(?:jen|pouze)|prestan)\w*",
        common="byl novy zopakuj ignoruj zapomen vypis ukaz systemovy svuj svoje vsechno omezeni na se je mi ze napis jak co pro jsem bez si jako od pokyny pravidla prosim jsi ktery vsechny ti prvni ve kdyz ted jen ktere kolik nikdy ma po za",
    ),
    # -------------------------------------------------------------------------------- Romanian
    "ro": Words(
        letters="șțşţăâî",
        set_aside=r"(?<!\w)(?:ignor|uit|nu\s+(?:mai\s+)?(?:tine|tineti)\s+(?:\w+\s+)?cont|trec\w*\s+peste|"
        r"ocol|trec\w*\s+cu\s+vederea|orice\s+(?:ti-ar|ar)\s+spune|nu\s+mai\s+trebuie\s+sa\s+(?:\w+\s+)?(?:aplic|respect|urm)|renunt\w*\s+(?:\w+\s+){0,3}?la|lasa\s+(?:\w+\s+)?deoparte|lasati\s+(?:\w+\s+)?deoparte|pune\s+deoparte|renunt\w*\s+la|"
        r"nu\s+(?:mai\s+)?(?:respecta|urma|asculta|aplica|lua\s+in\s+seama)|"
        r"(?:inceteaza|opreste-te|inceteaza|nu\s+mai)\s+(?:\w+\s+)?sa\s+(?:mai\s+)?(?:respecti|urmezi|aplici|asculti)|"
        r"nu\s+(?:mai\s+)?(?:sunt|este|e)\s+(?:\w+\s+)?(?:valabil|valid|in\s+vigoare|aplicabil|obligatori)|"
        r"nu\s+se\s+mai\s+aplica|nu\s+mai\s+conteaz|dezactiv|opreste|anul|sterge|elimin|incalc|"
        r"nu\s+(?:mai\s+)?(?:esti|e)\s+(?:\w+\s+)?(?:obligat|legat|constrans)|scap\w*\s+de|suspend|"
        r"treci\s+peste|nu\s+bag\w*\s+in\s+seama|eludea|ocoleste)\w*",
        rules=r"(?<!\w)(?:instructiun|indicati|regul|directiv|ghidur|restricti|limit|filtr|politic|prompt|"
        r"comenz|program|cenzur|constrang|protocoal|setari|totul|tot\s+ce|masuri\w*\s+de\s+siguranta|norm)\w*",
        theirs=r"(?<!\w)(?:tale|tau|ta|tai|(?<=-)(?:ti|va)|vechi\w*|dumneavoastra|voastre|vostru|anterioar\w*|precedent\w*|(?:de\s+)?mai\s+sus|"
        r"de\s+dinainte|de\s+pana\s+acum|(?:de\s+|al\s+)?sistem\w*|de\s+(?:siguranta|securitate)|original\w*|"
        r"initial\w*|(?:care\s+)?(?:ti|v)-?au\s+fost\s+\w+|ce\s+(?:ti|vi)\s+s-a\s+spus|ti\s+s-a\s+spus|"
        r"dezvoltator\w*|creator\w*|etic\w*|interne|implicit\w*|primit\w*|de\s+baza|de\s+continut)(?!\w)",
        mine=r"(?<!\w)(?:mea|meu|mele|mei|(?:pe\s+)?care\s+(?:ti\s+|vi\s+)?(?:le\s+|l\s+)?(?:am|ti-am|v-am|i-am)\s+\w+|"
        r"(?:ti|v|i)-am\s+(?:trimis|dat|spus|scris|transmis)|mi-ai)(?!\w)",
        negation=r"(?<!\w)(?:nu|niciodata|never|sa\s+nu|nicicand)(?!\w)",
        reveal=r"(?<!\w)(?:arat|afiseaz|afisa|scrie|repet|dezvalu|spune|zi-mi|spun|tradu|continua|care\s+a\s+fost|copiaz|enumer|listeaz|"
        r"rezum|care\s+(?:sunt|este|e)|ce\s+(?:scrie|contine|spune|ti)|da-mi|printeaz|tipareste|codific|"
        r"transcrie|reproduc|pune)\w*",
        setup=r"(?<!\w)(?:prompt|instructiun|mesaj\w*\s+(?:de\s+)?sistem|configurar|setar|regul|parol|chei|cod|"
        r"mesaj\w*\s+(?:initial|de\s+inceput)|configurati|textul|primul\s+mesaj|ce\s+(?:ti|v)-?au?\s+(?:spus|scris|dat))\w*",
        hidden=r"(?<!\w)(?:tale|tau|ta|tai|ascuns\w*|secret\w*|initial\w*|original\w*|de\s+sistem|sistemului|"
        r"cuvant\s+cu\s+cuvant|exact|textual|integral|primit\w*|care\s+(?:ti|v)-?au\s+fost|"
        r"inainte\s+de\s+(?:conversati|discuti|mine)\w*|dezvoltator\w*|de\s+dinaintea|dinaintea|deasupra|primul|nu\s+(?:il|o)\s+vad)(?!\w)",
        unrestricted=r"(?<!\w)(?:fara\s+(?:\w+\s+)?(?:restricti|limit|filtr|cenzur|regul|constrang|etic|moral|"
        r"granit|ingradir)\w*|(?:nu\s+(?:mai\s+)?ai|nicio|niciun|nu\s+exista)\s+(?:\w+\s+)?(?:restricti|limit|filtr|"
        r"cenzur|regul|constrang|ingradir)\w*|necenzurat\w*|nefiltrat\w*|nelimitat\w*|nerestrictionat\w*|"
        r"liber\w*\s+de\s+(?:orice\s+)?(?:regul|restrict|limit|cenzur)\w*|scapat\s+de\s+(?:\w+\s+)?(?:regul|restrict|limit|filtr)\w*|"
        r"fara\s+legi|(?:legi|regul|moral|etic|limit)\w*\s+(?:\w+\s+){0,2}?n-au\s+existat|"
        r"(?:scos|eliminat|sters)\w*\s+(?:toate\s+)?(?:limitele|restrictiile|filtrele|regulile)|"
        r"(?:restrictiile|filtrele|regulile|limitarile|cenzura)\s+(?:\w+\s+)?(?:au\s+fost\s+|a\s+fost\s+|sunt\s+)?"
        r"(?:eliminat|dezactivat|sters|ridicat|anulat)\w*)",
        ai=r"(?<!\w)(?:ai|(?-i:IA)|inteligent\w*\s+artificial\w*|model\w*|asistent\w*|chatbot\w*|bot\w*|modul|"
        r"modului|mod|versiune\w*|de\s+acum\s+(?:inainte|incolo)|esti\s+(?:acum|un|o)|tu\s+esti|rol\w*)(?!\w)",
        reader=r"(?<!\w)(?:(?:nota|mesaj|instructiun\w*|observati\w*|notita)\s+(?:\w+\s+)?(?:pentru|catre)\s+"
        r"(?:\w+\s+)?(?:ai|(?-i:IA)|asistent|model|sistem|bot|chatbot|inteligent)\w*|"
        r"(?:ai|(?-i:IA)|asistent\w*|model\w*|bot\w*|chatbot\w*|inteligenta\s+artificiala|sistem\w*\s+ai)(?:[\s,]+\w+)?[\s,]+"
        r"care\s+(?:\w+\s+)?(?:citest|citeste|citesti|proceseaz|rezuma|analizeaz|traduc|evalueaz|parcurg|scaneaz)\w*|"
        r"(?:ai|asistent\w*)[\s,]+daca\s+(?:\w+\s+)?(?:citest|procesez|rezum|analizez)\w*|asistentule|"
        r"(?:ai|(?-i:IA)|asistent\w*|model\w*)\s+care\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*:|"
        r"pentru\s+(?:\w+\s+)?(?:ai|(?-i:IA)|asistent|model|sistem|bot)\w*(?:\s+[\w-]+){0,3}?\s*:|"
        r"daca\s+(?:tu\s+)?esti\s+(?:un\s+|o\s+)?(?:ai|(?-i:IA)|asistent|model|inteligent|chatbot|bot)\w*|"
        r"(?:^|\W)(?:ai|(?-i:IA)|asistent\s+ai)\s*:)",
        act=r"(?<!\w)(?:ignor|uit|trimite|redirection|spune|recomand|sugereaz|propune|acord|"
        r"da\s+(?:\w+\s+)?(?:nota|puncte|\d)|evalueaz|raspunde\s+(?:doar|numai)|scrie\s+(?:doar|numai)|"
        r"nu\s+rezuma|nu\s+traduce|apasa|click|aproba|cere|adauga|afirma|transfera|redirectioneaza)\w*",
        common="tu fost toate si sa la un care pentru pe cu nu se ce mi ca din doar ti mai scrie toate acum esti asta tot rog te meu tale orice fara",
    ),
    # ------------------------------------------------------------------------------- Hungarian
    "hu": Words(
        # "boltom", "cégem", "webshopunk" ("our"); "botom", "chatbotunk"
        mine_suffix=r"(?<!\w)(?!program(?!\w))\w{2,}(?:[aoeu]m|m|[uo]nk|[eu]nk)(?:nak|nek|ban|ben)?(?!\w)",
        letters="őűöüáé",
        set_aside=r"(?<!\w)(?:hagy\w*\s+(?:\w+\s+)?figyelmen\s+kivul|figyelmen\s+kivul\s+hagy\w*|"
        r"ne\s+(?:\w+\s+)?(?:vedd|vegye|vegyetek)\s+figyelembe|ne\s+(?:\w+\s+)?(?:foglalkozz|torodj|torodjon|torodjetek)|"
        r"felejts\w*(?!\w)(?:\s+\w+){0,2}?\s+el|felejtsd|elfelejt\w*|kerul\w*\s+meg|megkerul\w*|"
        r"tedd\s+felre|tegye\s+felre|felretesz\w*|felretenn\w*|felretedd|felretenni|"
        r"ne\s+(?:\w+\s+)?(?:kovesd|kovesse|kovessetek|tartsd\s+be|tartsa\s+be|engedelmeskedj|alkalmazd)|"
        r"hagyd\s+abba\s+(?:\w+\s+){0,3}?(?:kovet|betart|alkalmaz)\w*|hagyj\s+fel|"
        r"(?:mar\s+)?nem\s+(?:ervenyes|ervenyesek|vonatkoz\w*|kotelez\w*|el)|ervenytelen\w*|hatalytalan\w*|"
        r"nem\s+(?:kell|kotelezo)\s+(?:\w+\s+)?(?:kovetned|betartanod|betartani|kovetni|figyelembe)|"
        r"kapcsold\s+ki|kikapcsol\w*|kapcsol\w*\s+ki|ki\s+(?:kell\s+)?kapcsol\w*|dobd\s+(?:\w+\s+)?kuka\w*|torold|torol\w*|szegd\s+meg|megszeg\w*|dobd\s+(?:el|ki)|"
        r"ugord\s+at|atugr\w*|iktasd\s+ki|kiiktat\w*|felulir\w*|hagyd\s+(?:\w+\s+)?(?:figyelmen|a\s+fenebe)|"
        r"ne\s+(?:\w+\s+)?(?:figyelj|torodj)\s+(?:\w+\s+)?(?:ra|a)|semmisnek\s+tekint\w*|felold\w*|"
        r"hagyj\w*\s+figyelmen\s+kivul|ne\s+(?:a\s+)?\w+\w*\s+kovesd)",
        rules=r"(?:utasitas|szabaly|iranyelv|eloiras|korlatozas|korlat|szuro|szures|filter|programoz|"
        r"rendszerprompt|rendszer\s*prompt|rendszeruzenet|prompt|cenzur|parancs|"
        r"(?<!\w)mindent|instrukci|(?<!\w)amit\s+(?:eddig\s+|korabban\s+)?mondtak|(?<!\w)minden(?=\s+(?:eddigi|korabbi|fenti))|iranymutatas|protokoll|tiltas)"
        r"(?!\w*?(?:aim|eim|jaim|jeim|im|om|em|am|m)(?:at|et|ot|ra|re|nak|nek|bol|tol|ban|ben|on|en)?(?!\w))\w*",
        theirs=r"(?<!\w)(?:a\s+te|te|ti|(?<!-)on|onnek|ont|neked|neked\s+(?:\w+\s+)?(?:adott|megadott|elmondott|mondott)|"
        r"szamodra\s+(?:\w+\s+)?(?:adott|megadott|eloirt)|kapott\w*|korabbi\w*|elozo\w*|fenti\w*|fent|fentebb|"
        r"rendszer\w*|biztonsagi\w*|eredeti\w*|kezdeti\w*|fejleszto\w*|etikai\w*|belso\w*|eddigi\w*|"
        r"alapertelmezett\w*|tartalmi\w*|altalanos\w*|amit\s+(?:eddig\s+)?mondtak|"
        r"\w*(?:utasitas|szabaly|iranyelv|eloiras|korlatozas|korlat|szuro|szures|szabalyzat|programozas|"
        r"beallitas|parancs|prompt|cenzura|konfiguracio|iranymutatas)(?:aid|eid|jaid|jeid|id|od|ed|od|d)"
        r"(?:at|et|ot|ra|re|nak|nek|bol|tol|ban|ben|hoz|hez|on|en|ok)?)(?!\w)",
        mine=r"(?<!\w)(?:az\s+en|enyem|altalam|nekem|amit\s+(?:\w+\s+)?(?:kuldtem|irtam|mondtam|adtam|tettem)|"
        r"\w+(?:kuldott|irt|adott)am|(?:kuldtem|irtam|mondtam|adtam)|tegnapi|sajat)(?!\w)",
        negation=r"(?<!\w)(?:soha|sose|sohase|ne|nem|never|tilos)(?!\w)",
        reveal=r"(?<!\w)(?:mutasd|mutass|ird\s+(?:ki|le|be)|ird(?!\w)|irjatok|irja\s+ki|irj(?!\w)|nyomtasd|ismeteld|ismetel|fedd\s+fel|"
        r"felfed|arul\w*\s+el|elarul|mondd|sorold|fordit|masold|osszefoglal|foglald\s+ossze|mi\s+(?:a|az|van|all)|"
        r"milyen|mik|melyik|add\s+meg|idezd|alakitsd|tedd|kodold|megmond|folytasd)\w*",
        setup=r"(?:rendszerprompt|prompt|utasitas|beallitas|konfiguraci|rendszeruzenet|jelszo|jelszav|kulcs|"
        r"szabaly|(?<!\w)kod|uzenet)\w*",
        hidden=r"(?<!\w)(?:rejtett\w*|titkos\w*|kezdeti\w*|eredeti\w*|rendszered\w*|rendszerben|szo\s+szerint|szorol\s+szora|"
        r"pontosan|kapott\w*|kaptal|neked\s+adott|elso|legelso|a\s+te|"
        r"\w*(?:utasitas|beallitas|prompt|konfiguracio|szabaly|jelszav|kulcs|uzenet)(?:aid|eid|id|od|ed|od|d)"
        r"(?:at|et|ot|ban|ben|bol|ra)?|(?:beszelgetes|kezdet)\w*\s+elott\w*)(?!\w)",
        unrestricted=r"(?<!\w)(?:(?:korlat|korlatozas|szuro|szures|cenzura|szabaly|tiltas|etika|erkolcs|hatar|"
        r"moral)\w*\s+nelkul\w*|korlatlan\w*|cenzurazatlan\w*|szuretlen\w*|"
        r"nincs(?:enek)?\s+(?:\w+\s+)?(?:korlat|szabaly|szur|cenzur|hatar|tiltas)\w*|"
        r"(?:korlat|szur|szabaly|korlatozas|cenzur)\w*\s+(?:\w+\s+)?(?:eltavolitva|kikapcsolva|feloldva|"
        r"megszunt|torolve)\w*|soha\s+(?:semmit\s+)?(?:nem\s+)?utasit\w*\s+el|semmilyen\s+(?:\w+\s+)?(?:korlat|szabaly|szur|cenzur)\w*)",
        ai=r"(?<!\w)(?:ai|(?-i:MI)|mesterseges\s+intelligenci\w*|(?-i:MI)-\w+|modell\w*|asszisztens\w*|chatbot\w*|"
        r"bot\w*|\w*mod(?:ban|ba|ot|on)?|uzemmod\w*|verzio\w*|mostantol|ezentul|te\s+(?:most|egy)|szerep\w*)(?!\w)",
        reader=r"(?:(?<!\w)(?:megjegyzes|uzenet|utasitas|feljegyzes|instrukcio|figyelmeztetes)\w*\s+(?:az?\s+)?"
        r"(?:\w+\s+){0,2}?(?:ai|(?-i:MI)|mesterseges|asszisztens|modell|nyelvi|chatbot|bot)\w*(?:-\w+)?|"
        r"(?:olvaso|feldolgozo|osszefoglalo|elemzo|ertekelo|fordito|atnezo|kezelo|vizsgalo)\s+(?:\w+\s+)?"
        r"(?:ai|(?-i:MI)|mesterseges\s+intelligencia|asszisztens|modell|nyelvi\s+modell|chatbot|bot|rendszer)\w*|"
        r"(?<!\w)(?:ai|(?-i:MI)|asszisztens|modell|chatbot|mesterseges\s+intelligencia)(?:-\w+)?[\s,]+"
        r"(?:aki|ami|amely)\s+(?:\w+\s+){0,3}?(?:olvas|feldolgoz|osszefoglal|elemez|mutat|fordit|ertekel)\w*|"
        r"(?<!\w)ha\s+(?:te\s+)?(?:egy\s+)?(?:ai|(?-i:MI)|mesterseges|nyelvi\s+modell|asszisztens|chatbot|modell)\w*\s+"
        r"(?:vagy|olvasod)|(?<!\w)(?:ai|(?-i:MI))(?:-\w+)?\s*:|(?<!\w)(?:ai|(?-i:MI))-\w+(?:nak|nek)(?!\w))",
        act=r"(?<!\w)(?:hagyd\s+figyelmen|felejtsd|kuld|tovabbit|mondd|javasol|ajanl|ertekel|"
        r"adj\s+(?:\w+\s+)?(?:pont|\d|csillag|ertekel)|valaszolj\s+(?:csak|kizarolag)|irj\s+(?:csak|kizarolag)|"
        r"ne\s+(?:foglald|forditsd|osszegezd|szolj)|kattint|hagyd\s+jova|kerd|ird\s+at|utalj|tedd|allitsd)\w*",
        common="korabbi mostantol nincs es az egy hogy el nem csak hogyan ki vagy kell ne minden meg ezt osszes amit most te mit ami kerlek szerint miert mi irj ird soha",
    ),
    # ---------------------------------------------------------------------------------- Danish
    "da": Words(
        letters="æøå",
        set_aside=r"(?<!\w)(?:ignorer\w*(?!\w)(?!\s+(?:ikke|aldrig))|glem\w*(?!\w)(?!\s+(?:ikke|aldrig))|"
        r"se\s+bort\s+fra|ser\s+bort\s+fra|spring\w*\s+over|omga\w*|omg[aå]\w*|tilsides[æa]t\w*|"
        r"s[æa]t\w*\s+(?:\w+\s+)?ud\s+af\s+kraft|(?:stop|hold\s+op)\s+med\s+(?:at\s+)?(?:f[oø]lge|adlyde|overholde)|"
        r"f[oø]lg\s+ikke|adlyd\s+ikke|lad\s+v[æa]re\s+med\s+at\s+(?:f[oø]lge|overholde)|bryd\w*|"
        r"deaktiver\w*|sl[aå]\w*\s+(?:\w+\s+){0,3}?fra|annuller\w*|overse\w*|(?:lad\s+v[æa]re\s+med\s+at|ikke)\s+tage\s+hensyn|g[æa]lder\s+(?:\w+\s+){0,3}?ikke(?!\w)|sluk\w*|fjern\w*|kass[eé]r\w*|drop\w*|skip\w*|"
        r"g[æa]lder\s+ikke\s+(?:l[æa]ngere|mere|her)|ikke\s+l[æa]ngere\s+g[æa]ld\w*|oph[æa]v\w*|ugyldig\w*|"
        r"er\s+(?:nu\s+)?(?:deaktiveret|sl[aå]et\s+fra|slettet|fjernet)|"
        r"beh[oø]ver\s+(?:du\s+)?ikke\s+(?:l[æa]ngere\s+)?(?:f[oø]lge|overholde)|t[æa]nk\s+ikke\s+p[aå]|"
        r"k[æa]r\s+dig\s+ikke\s+om|b[æa]r\s+dig\s+ikke|tilsides|tilsidesat|l[æa]g\w*\s+(?:\w+\s+)?til\s+side|"
        r"slet\w*|overskriv\w*|overtr[æa]d\w*)",
        rules=r"(?:instruktion|instruks|regel|regl|retningslinj|anvisning|begr[æa]nsning|restriktion|filter|filtr|"
        r"politik|polic|direktiv|programmering|systemprompt|system\s*prompt|prompt|systembesked|censur|"
        r"sp[æa]rr|sikkerhedsforanstaltning|(?<!\w)alt(?!\w))\w*",
        theirs=r"(?<!\w)(?:din|dine|dit|jeres|tidligere|ovenst[aå]ende|ovenfor|foreg[aå]ende|system\w*|sikkerhed\w*|"
        r"oprindelige|originale|grundl[æa]ggende|du\s+(?:har\s+)?(?:f[aå]et|fik)|givet\s+dig|udvikler\w*|skaber\w*|"
        r"etisk\w*|indbyggede|interne|indledende|standard\w*|indholds\w*|gamle|nuv[æa]rende)(?!\w)",
        mine=r"(?<!\w)(?:min|mine|mit|jeg\s+(?:har\s+|havde\s+)?(?:sendte|sendt|gav|givet|sagde|skrev|skrevet|"
        r"fortalte|mailede)|som\s+jeg)(?!\w)",
        negation=r"(?<!\w)(?:aldrig|ikke|ingen|never|uden\s+at|den\s+til\s+at|hende\s+til\s+at|ham\s+til\s+at)(?!\w)",
        reveal=r"(?<!\w)(?:vis|skriv(?!er|e\s)|udskriv|gentag|afsl[oø]r|fort[æa]l|citer|overs[æa]t|list|del|kopi|"
        r"opsummer|hvad|hvilke|hvilken|giv\s+mig|inds[æa]t|s[æa]t|formater|kod)\w*",
        setup=r"(?:systemprompt|prompt|instruktion|instruks|regl|regel|konfiguration|indstilling|systembesked|"
        r"besked|adgangskode|kodeord|password|n[oø]gle|(?<!\w)kode|config)\w*",
        hidden=r"(?<!\w)(?:din|dine|dit|skjult\w*|hemmelig\w*|oprindelig\w*|f[oø]rste|indledende|initial\w*|systemets|systemet|systemprompten|"
        r"ordret|ord\s+for\s+ord|n[oø]jagtig\w*|pr[æa]cis|du\s+(?:har\s+)?(?:f[aå]et|fik)|ovenfor|"
        r"f[oø]r\s+(?:jeg|denne|samtalen)|udvikler\w*|skaber\w*)(?!\w)",
        unrestricted=r"(?<!\w)(?:uden\s+(?:\w+\s+)?(?:begr[æa]nsning|filter|filtre|censur|regler|restriktion|sp[æa]rr|"
        r"etik|gr[æa]nser|moral|retningslinj)\w*|ingen\s+(?:\w+\s+)?(?:begr[æa]nsning|filtre|filter|regler|"
        r"restriktion|gr[æa]nser|censur|etik|moral|sp[æa]rr)\w*|ucensureret\w*|ubegr[æa]nset\w*|ufiltreret\w*|aldrig\s+(?:siger\s+nej|afviser)|"
        r"fri\s+for\s+(?:alle\s+)?\w+|befriet\s+fra|"
        r"(?:filtre|begr[æa]nsninger|regler|sp[æa]rrer)\w*\s+(?:\w+\s+)?(?:er\s+)?(?:fjernet|sl[aå]et\s+fra|"
        r"deaktiveret|oph[æa]vet))",
        ai=r"(?<!\w)(?:ai(?:-\w+)?|ki|kunstig\s+intelligens|model\w*|assistent\w*|chatbot\w*|bot|botten|\w*tilstand\w*|"
        r"\w*mode|version|fra\s+nu\s+af|du\s+(?:er|har)|rolle\w*|jailbreak\w*)(?!\w)",
        reader=r"(?<!\w)(?:(?:note|besked|notat|instruktion|bem[æa]rkning|meddelelse|obs|systembesked)\w*\s+"
        r"(?:\w+\s+)?til\s+(?:\w+\s+)?(?:ai|ki|assistent|model|sprogmodel|system|bot|chatbot)\w*(?:-\w+)?|"
        r"til\s+(?:ai|ai-\w+|assistenten|modellen|sprogmodellen|chatbotten)'?\w*[\s,]*(?:der\s+\w+|som\s+\w+|:)|"
        r"(?:ai|ai-\w+|ki|assistent\w*|sprogmodel\w*|model\w*|bot\w*|chatbot\w*)\s+(?:der|som)\s+(?:\w+\s+)?"
        r"(?:l[æa]ser|behandler|opsummerer|analyserer|overs[æa]tter|gennemg[aå]r|vurderer|scanner)|"
        r"hvis\s+du\s+er\s+(?:en\s+)?(?:ai|ki|sprogmodel|assistent|model|chatbot|bot)|(?:^|\W)(?:ai|ki|ai-\w+)\s*:)",
        act=r"(?<!\w)(?:ignorer|glem|se\s+bort|send|videresend|fort[æa]l|sig|anbefal|foresl[aå]|"
        r"giv\s+(?:\w+\s+)?(?:karakter|point|\d|stjerner)|svar\s+(?:kun|bare)|skriv\s+(?:kun|bare)|"
        r"opsummer\s+ikke|overs[æa]t\s+ikke|klik|stop|skriv\s+i\s+stedet|godkend|bed\s+(?:brugeren|dem|kunden)|tilf[oø]j|henvis|oplys|p[aå]st[aå])\w*",
        common="udskriv gentag systemprompt ingen og jeg du pa min med fra har hvad af ikke hvordan der kan det dine skal om alle denne nu som skriv uden hvor alt din hvis glem mig dig eller ignorer kun et en",
    ),
    # ------------------------------------------------------------------------------- Norwegian
    "no": Words(
        letters="æøå",
        set_aside=r"(?<!\w)(?:ignorer\w*(?!\w)(?!\s+(?:ikke|ikkje|aldri))|glem\w*(?!\w)(?!\s+(?:ikke|ikkje|aldri))|"
        r"gl[oø]ym\w*(?!\w)(?!\s+(?:ikke|ikkje|aldri))|se\s+bort\s+fr[aå]|ser\s+bort\s+fr[aå]|sj[aå]\s+bort\s+fr[aå]|"
        r"hopp\w*\s+over|omg[aå]\w*|tilsidesett\w*|sett\w*\s+(?:\w+\s+)?til\s+side|legg\w*\s+(?:\w+\s+)?til\s+side|"
        r"slutt\w*\s+(?:\w+\s+){0,2}?(?:[aå]\s+)?(?:f[oø]lge|lyde|adlyde|overholde|bry\s+deg)|"
        r"(?:ikke|ikkje)\s+f[oø]lg|f[oø]lg\w*\s+(?:du\s+)?(?:ikke|ikkje)|overse\w*|annuller\w*|gjeld(?:er)?\s+(?:ikke|ikkje)(?!\w)|bry\s+deg\s+(?:ikke|ikkje)|"
        r"(?:ikke|ikkje)\s+(?:lenger|lenger\s+)?gjeld\w*|gjeld(?:er)?\s+(?:ikke|ikkje)\s+(?:lenger|lengre|meir|mer|her)|"
        r"deaktiver\w*|sl[aå]\w*\s+av|skru\w*\s+av|fjern\w*|bryt\w*|overstyr\w*|opphev\w*|ugyldig\w*|"
        r"er\s+(?:n[aå]\s+|no\s+)?(?:deaktivert|sl[aå]tt\s+av|sletta|slettet|fjerna|fjernet)|"
        r"trenger\s+(?:du\s+)?(?:ikke|ikkje)\s+(?:lenger\s+)?(?:[aå]\s+)?(?:f[oø]lge|overholde)|"
        r"treng\s+(?:du\s+)?ikkje|drit\s+i|blås\s+i|bl[aå]s\s+i|kast\w*|slett\w*|skip\w*|overskriv\w*|"
        r"hopp\s+over)",
        rules=r"(?:instruks|instruksjon|regel|regl|retningslinj|retningsline|begrensning|avgrensing|restriksjon|"
        r"filter|filtr|policy|polic|direktiv|programmering|systemprompt|system\s*prompt|prompt|systemmelding|"
        r"sensur|sperr|sikkerhetstiltak|(?<!\w)alt(?!\w)|det\s+som\s+st[aå]r\s+over)\w*",
        theirs=r"(?<!\w)(?:din|dine|ditt|deres|dykkar|tidligere|tidlegare|ovenfor|ovanfor|ovenst[aå]ende|"
        r"foreg[aå]ende|system\w*|sikkerhet\w*|tryggleik\w*|opprinnelig\w*|originale|du\s+(?:har\s+)?(?:f[aå]tt|fikk)|"
        r"gitt\s+deg|utvikler\w*|skaper\w*|etisk\w*|etiske|innebygde|interne|innledende|standard\w*|innholds\w*|"
        r"gamle|n[aå]v[æa]rende|over|du\s+har\s+(?:blitt|f[aå]tt))(?!\w)",
        mine=r"(?<!\w)(?:min|mine|mitt|jeg\s+(?:har\s+|hadde\s+)?(?:sendte|sendt|ga|gav|gitt|sa|skrev|skrevet|fortalte)|"
        r"eg\s+(?:har\s+)?(?:sende|sendte|sendt|gav|ga|sa|skreiv|skrev)|som\s+(?:jeg|eg))(?!\w)",
        negation=r"(?<!\w)(?:aldri|ikke|ikkje|ingen|never|uten\s+[aå]|utan\s+[aå]|den\s+til\s+[aå]|henne\s+til\s+[aå]|ham\s+til\s+[aå])(?!\w)",
        reveal=r"(?<!\w)(?:vis|skriv(?!er|e\s)|gjenta|avsl[oø]r|fortell|fortel|siter|oversett|omset|list|del|kopier|"
        r"oppsummer|samanfatt|hva|kva|hvilke|hvilken|gi\s+meg|lim|sett|formater|kod)\w*",
        setup=r"(?:systemprompt|prompt|instruks|regl|regel|konfigurasjon|innstilling|systemmelding|melding|"
        r"passord|n[oø]kkel|(?<!\w)kode|config)\w*",
        hidden=r"(?<!\w)(?:din|dine|ditt|skjult\w*|hemmelig\w*|hemmeleg\w*|opprinnelig\w*|f[oø]rste|innledende|"
        r"initial\w*|systemets|systemet|systemprompten|ordrett|ord\s+for\s+ord|n[oø]yaktig\w*|presis|du\s+(?:har\s+)?(?:f[aå]tt|fikk)|"
        r"ovenfor|f[oø]r\s+(?:jeg|eg|denne|samtalen)|utvikler\w*|skaper\w*)(?!\w)",
        unrestricted=r"(?<!\w)(?:ut[ae]n\s+(?:\w+\s+)?(?:begrensning|avgrensing|filter|filtre|sensur|regler|reglar|"
        r"restriksjon|sperr|etikk|grenser|moral|retningslinj)\w*|ingen\s+(?:\w+\s+)?(?:begrensning|avgrensing|"
        r"filtre|filter|regler|reglar|restriksjon|grenser|sensur|etikk|moral|sperr)\w*|usensurert\w*|"
        r"ubegrenset\w*|uavgrensa\w*|aldri\s+(?:sier\s+nei|avsl[aå]r|nekter)|ufiltrert\w*|fri\s+for\s+(?:alle\s+)?\w+|befridd\s+fr[aå]|"
        r"(?:filtre|filter|begrensninger|regler|reglar|sperrer)\w*\s+(?:\w+\s+)?(?:er\s+)?(?:fjernet|fjerna|"
        r"sl[aå]tt\s+av|deaktivert|opphevet|oppheva))",
        ai=r"(?<!\w)(?:ai(?:-\w+)?|ki(?:-\w+)?|kunstig\s+intelligens|modell\w*|assistent\w*|chatbot\w*|bot|botten|"
        r"\w*modus\w*|versjon|du\s+(?:er|har)|fr[aå]\s+(?:n[aå]|no)\s+av|du\s+er\s+(?:n[aå]\s+|no\s+)?(?:en|ein)|rolle\w*|"
        r"jailbreak\w*)(?!\w)",
        reader=r"(?<!\w)(?:(?:notat|melding|beskjed|instruks\w*|merknad|note|obs|systemmelding)\w*\s+(?:\w+\s+)?"
        r"til\s+(?:\w+\s+)?(?:ai|ki|assistent|modell|spr[aå]kmodell|system|bot|chatbot)\w*(?:-\w+)?|"
        r"til\s+(?:ai|ki|ai-\w+|ki-\w+|assistenten|modellen|spr[aå]kmodellen|chatboten)\w*[\s,]*(?:som\s+\w+|:)|"
        r"(?:ai|ki|ai-\w+|ki-\w+|assistent\w*|spr[aå]kmodell\w*|modell\w*|bot\w*|chatbot\w*)\s+som\s+(?:\w+\s+)?"
        r"(?:leser|les|behandler|handsamar|oppsummerer|analyserer|oversetter|vurderer|g[aå]r\s+gjennom|skanner)|"
        r"(?:hvis|om|dersom)\s+du\s+er\s+(?:en\s+|ein\s+)?(?:ai|ki|spr[aå]kmodell|assistent|modell|chatbot|bot)|"
        r"(?:^|\W)(?:ai|ki|ai-\w+|ki-\w+)\s*:)",
        act=r"(?<!\w)(?:ignorer|glem|gl[oø]ym|se\s+bort|send|videresend|fortell|fortel|si\s+til|anbefal|foresl[aå]|"
        r"gi\s+(?:\w+\s+)?(?:karakter|poeng|\d|terningkast|stjerner)|svar\s+(?:kun|bare|berre)|"
        r"skriv\s+(?:kun|bare|berre)|(?:ikke|ikkje)\s+oppsummer|klikk|godkjenn|be\s+(?:brukeren|dem|kunden)|"
        r"legg\s+til|henvis|oppgi|p[aå]st[aå]|vipps)\w*",
        common="og jeg eg du pa som om kan det har av ikke ikkje fra fra denne hva kva din meg deg hvordan korleis alle skriv skal noen dette ignorer bare berre alt dine uten glem min en",
    ),
    # --------------------------------------------------------------------------------- Finnish
    "fi": Words(
        # "yritykseni", "kauppamme" ("our"), "bottini"
        mine_suffix=r"(?<!\w)\w{3,}(?:ni|mme)(?!\w)",
        letters="äö",
        set_aside=r"(?<!\w)(?:ohita|ohitta|ohit[ae]\w*|jata\w*\s+(?:\w+\s+){0,2}?huomi(?:otta|oimatta)|"
        r"jattaa\s+(?:\w+\s+){0,2}?huomiotta|huomiotta|huomioimatta|sivuut\w*|unohd(?!in(?!\w)|imme|it(?!\w))\w*|unohta\w*|unohtakaa|"
        r"kierra\w*|kierta\w*|kierr\w*|lakka\w*\s+(?:\w+\s+){0,2}?noudatta\w*|lopeta\s+(?:\w+\s+){0,2}?noudatta\w*|"
        r"ala\s+(?:enaa\s+)?(?:noudata|tottele|valita|huomioi|valittaa|kuuntele)|alkaa\s+(?:enaa\s+)?(?:noudattako|"
        r"totelko|valittako)|ei(?:vat)?\s+(?:ole\s+)?enaa\s+(?:voimassa|pade|koske|sido|ole\s+voimassa)|"
        r"eivat\s+(?:enaa\s+)?(?:ole\s+voimassa|pade|koske|sido)|ei\s+(?:enaa\s+)?(?:pade|sido|koske)|"
        r"et\s+(?:enaa\s+)?(?:tarvitse|noudata|ole\s+sidottu)|ei\s+tarvitse\s+(?:enaa\s+)?noudattaa|"
        r"poista\w*\s+kaytosta|poista\w*|kytke\w*\s+pois|pois\s+paalta|deaktivo\w*|riko\w*|rikkoa|mitatoi\w*|"
        r"(?:jata|jatt|laita|siirra|pane)\w*\s+(?:\w+\s+){0,2}?sivuun|jatt\w*\s+(?:\w+\s+){0,2}?huomiotta|peru\w*|heita\w*|kumoa\w*|nollat\w*|nollaa|"
        r"ohitetaan|ovat\s+(?:nyt\s+)?pois\s+paalta|vapaudu\w*)",
        rules=r"(?:ohje|saanto|saann|ohjeistu|rajoitu|rajoitte|suodat|kaytanto|kaytann|linjau|direktiiv|"
        r"ohjelmoin|jarjestelmakehot|jarjestelmaviest|kehote|kehotte|prompt|sensuur|asetu|asetuks|"
        r"(?<!\w)kaik(?:ki|en)(?=[\s,]+(?:\w+\s+)?(?:aiemm|edell|ylla|mita|mika)))"
        r"(?!\w*(?:ni|mme)(?!\w))\w*",
        theirs=r"(?<!\w)(?:sinun|teidan|aiemm\w*|aikaisemm\w*|edell\w*|ylla\w*|ylapuolel\w*|jarjestelm\w*|"
        r"turvallisuu\w*|alkuperai\w*|sinulle\s+(?:\w+\s+)?annet\w*|saamasi|annetut|kehittaj\w*|eettis\w*|"
        r"sisais\w*|oletus\w*|nykyis\w*|sisalto\w*|tekijoi\w*|sinulle|"
        r"\w*(?:ohje|saanto|saann|rajoitu|rajoitte|rajoituks|suodat|kaytanto|kaytann|kehot|ohjelmoin|asetuks|"
        r"linjaus|linjauks|sensuur|direktiiv)\w*(?:si|nne))(?!\w)",
        mine=r"(?<!\w)(?:minun|meidan|antamani|lahettamani|kirjoittamani|sanomani|mainitsemani|"
        r"mina\s+(?:\w+\s+)?(?:annoin|lahetin|kirjoitin|sanoin)|jo(?:t|ita|nka)\w*\s+(?:annoin|lahetin|kirjoitin|sanoin))(?!\w)",
        negation=r"(?<!\w)(?:ala|alkaa|ei|et|koskaan|never|alaa)(?!\w)",
        reveal=r"(?<!\w)(?:nayta|kirjoita(?:kaa|tko)?(?!\w)|kirjoittaisit\w*|tulosta|toista|paljasta|kerro|kaanna|kopioi|listaa|luettele|tiivista|"
        r"mita|mitka|mika|anna\s+minulle|siteeraa|lainaa|jaa|koodaa|laita|tee\s+taulukko|jatka|esita)\w*",
        setup=r"(?:jarjestelmakehot|kehot|prompt|ohje|asetu|asetuks|konfiguraati|jarjestelmaviest|salasan|avain|"
        r"avaime|(?<!\w)koodi|saanto|saann|viest)\w*",
        hidden=r"(?<!\w)(?:sinun|sinulle|salai\w*|piilo\w*|alkuperai\w*|ensimmai\w*|sanasta\s+sanaan|"
        r"sanatarkasti|sanatarkka|tarkalleen|saamasi|sait|annetut|alku\w*|kehittaj\w*|"
        r"ennen\s+(?:\w+\s+)?(?:keskustelu|alkua|tata)\w*|"
        r"\w*(?:ohje|kehot|kehote|prompt|asetuks|asetu|konfiguraati|saanto|saann|viest|avain|avaime)\w*(?:si|nne))(?!\w)",
        unrestricted=r"(?<!\w)(?:ilman\s+(?:\w+\s+)?(?:rajoitu|rajoitte|suodat|sensuur|saanto|saant|saann|eettis|"
        r"moraal|rajoja|estoj|varoitu)\w*|ei\s+(?:\w+\s+){0,2}?(?:rajoituksia|suodattimia|sensuuria|saantoja|rajoja|"
        r"moraalia|estoja)|rajoittamato\w*|rajaton\w*|rajattom\w*|sensuroimato\w*|suodattamato\w*|"
        r"(?:rajoitukset|suodattimet|saannot|sensuuri|estot)\s+(?:\w+\s+)?(?:on\s+)?(?:poistettu|pois\s+paalta|"
        r"kytketty\s+pois|purettu)\w*|vapaa\w*\s+(?:kaikista\s+)?(?:rajoituksista|saannoista|suodattimista)|"
        r"murrettu\s+vapaaksi|ei\s+koskaan\s+kieltaydy|eivat\s+(?:enaa\s+)?koske\s+sinua)",
        ai=r"(?<!\w)(?:tekoaly\w*|ai|malli\w*|avustaja\w*|chatbot\w*|botti\w*|\w*tila(?:ssa|an|sta)?|versio\w*|"
        r"tasta\s+lahtien|olet\s+(?:nyt|nykyaan)|rooli\w*|kielimalli\w*|jailbreak\w*)(?!\w)",
        reader=r"(?<!\w)(?:(?:huomautus|viesti|ohje|muistiinpano|huom|huomio|jarjestelmaviesti|tiedote)\w*\s+"
        r"(?:\w+\s+)?(?:tekoaly|ai|avustaja|kielimalli|malli|botti|jarjestelma|agentti)\w*|"
        r"\w*(?:tekoaly|avustaja|kielimalli|botti|agentti)\w*lle\s*:|"
        r"(?:lukeva|kasitteleva|tiivistava|analysoiva|arvioiva|arvioivalle|kaantava|kayva|skannaava)\w*\s+(?:\w+\s+)?"
        r"(?:tekoaly|ai|avustaja|kielimalli|malli|botti|jarjestelma|agentti)\w*|"
        r"jos\s+olet\s+(?:\w+\s+)?(?:tekoaly|ai|kielimalli|avustaja|malli|chatbot|botti)\w*|"
        r"(?:^|\W)(?:tekoaly\w*|ai|avustaja)\s*:|\w*tekoaly\w*lle)",
        act=r"(?<!\w)(?:ohita|jata\s+\w+\s+huomiotta|jata\s+huomiotta|unohda|laheta|valita\s+eteenpain|valita|"
        r"kerro|sano|suosittele|ehdota|anna\s+(?:\w+\s+)?(?:arvosana|pistee|\d|tahte)|"
        r"vastaa\s+(?:vain|ainoastaan)|kirjoita\s+(?:vain|ainoastaan)|ala\s+(?:tiivista|kaanna|mainitse|kerro)|"
        r"klikkaa|hyvaksy|pyyda|kehota|lisaa|vaita|ohjaa)\w*",
        common="minulle minun minua tulosta nayta toista sinulle ohjeet jotka ja kaikki mita ei joka kirjoita miten se vastaa olet etta jos vain ilman ala kaanna unohda ole taman tama kuin ovat tata ohita tasta enaa nyt mika kerro mitka kuinka sinun",
    ),
}
