"""The task-swap words (:attr:`~guard.checks.injection_words.Words.drop` and
:attr:`~guard.checks.injection_words.Words.payload`) of the twenty languages of
:mod:`guard.checks.injection_more_languages`, written on folded text by a helper from 202
hand-written cases (5 swaps and 5 look-alikes per language) before any pattern, then checked on
80 more: 139 of 148 swaps found, 0 look-alikes, 0 of 1,199 benign training rows and 0 of
4,119 English and German benign rows flagged. A second pass (the block "widened swaps") added a
site to send the reader to, a reply fixed in advance ("answer only: ...", "just say yes") and the
user's earlier messages as payloads, and "no need to translate", "ignore the task" as drops, from
160 more cases written first (77 of 80 swaps found, 0 of 80 look-alikes).

drop: the task at hand dropped or replaced (stop/don't + translate, summarise, answer, classify,
correct; "instead of translating"; "new task:"; "your real task"; "forget the summary").
payload: what the swapped-in task asks, as an attacker would (read within 200 characters after
the drop): reply/write/say followed by a quoted text, "write that ...", "tell the user",
"recommend buying X / site", send or forward the user's data or the conversation, "hacked",
"10/10". A plain "write a summary", "send the requests to customer service" or "forward them
to security@..." (a user's own change of request, a notice to staff) is no payload."""

from __future__ import annotations

from guard.checks.injection_scripts import (
    ARABIC_END,
    ARABIC_START,
    HEBREW_END,
    HEBREW_START,
    HINDI_END,
    HINDI_START,
    HINDI_STEM,
    arabic_marks,
    serbian,
)

__all__ = ["SWAP"]

_Q = r"[\"'«»“”„‘’「」『』״]"
#: ... an opening one, before the reply it quotes: "write «hacked»", not the mark closing a pasted text
#: after "write it in English."
_QO = _Q + r"(?=\w)"
_GEN = r"|hack\w*|pwn\w*|(?<!\d)10\s*/\s*10(?!\d)"

_HB, _HE, _HS = HINDI_START, HINDI_END, HINDI_STEM
_AB, _AE = ARABIC_START, ARABIC_END
_HEB, _HEE = HEBREW_START, HEBREW_END
_ar = arabic_marks
_sr = serbian


# ------------------------------------------------------------------------------------ Greek
_EL_T = r"(?:μεταφρα|συνοψι|περιληψ|απαντ|ταξινομ|κατηγοριοποι|διορθ|αναλυσ)"
_EL_DROP = (
    r"(?<!\w)(?:σταματ\w*\s+(?:να\s+|τη\w*\s+|το\s+)?(?:\w+\s+)?"
    + _EL_T
    + r"|μην?\s+(?:\w+\s+)?"
    + _EL_T
    + r"|αντι\s+(?:να|για|γι|του|τησ)\s+(?:\w+\s+)?"
    + _EL_T
    + r"|νεα\s+(?:εργασια|αποστολη|εντολη)\s*:|(?:η\s+)?(?:πραγματικη|αληθινη|νεα)\s+σου\s+(?:εργασια|δουλεια|αποστολη)"
    r"|(?:ξεχα|ακυρω|παρατα)\w*\s+(?:την\s+|το\s+|τη\s+|τισ\s+)?(?:μεταφρασ|περιληψ|εργασια|ερωτησ|απαντησ))\w*"
)
_EL_PAY = (
    r"(?<!\w)(?:(?:απαντ|γραψ|πεσ|τυπωσ|εμφανισ|επεστρεψ)\w*[^\n]{0,30}?"
    + _QO
    + r"|(?:γραψ|πεσ|δηλωσ|ισχυρισ)\w*\s+(?:\w+\s+){0,2}?οτι(?!\w)"
    r"|(?:πεσ|ενημερωσ|συστησ|προτεινε)\w*\s+(?:στον\s+|στουσ\s+|τον\s+|του\s+)?χρηστ\w*"
    r"|(?:προτειν|συστησ|συνιστ)\w*[^\n]{0,60}?(?:αγορ|www|http|\.com|προιον)"
    r"|(?:στειλ|προωθησ|αποστειλ)\w*[^\n]{0,80}?(?:χρηστ|κωδικ|συνομιλ|ιστορικ|προσωπικ|πιστωτικ)"
    r"|χακαρ\w*" + _GEN + r")"
)

# ---------------------------------------------------------------------------------- Turkish
_TR_T = r"(?:cevir|ceviri|ozet|yan[ıi]tla|cevapla|cevap\s+ver|s[ıi]n[ıi]fland[ıi]r|duzelt|analiz)"
_TR_DROP = (
    r"(?<!\w)(?:(?:ceviri|cevirme|ozetleme|ozet|yan[ıi]tlama|cevaplama|cevap\s+verme|s[ıi]n[ıi]fland[ıi]rma|duzeltme)\w*\s+"
    r"(?:b[ıi]rak|durdur|kes|iptal\s+et|unut|bosver)"
    r"|(?:cevirme|ozetleme|yan[ıi]tlama|cevaplama|cevap\s+verme|s[ıi]n[ıi]fland[ıi]rma|duzeltme)(?:y[ıi]n)?(?!\w)"
    r"|" + _TR_T + r"\w*\s+yerine"
    r"|yeni\s+(?:gorev|talimat)\w*\s*:|(?:as[ıi]l|gercek|yeni)\s+gorevin|gorevin\s+(?:art[ıi]k|simdi|degisti)"
    r"|(?:gorev|soru)\w*\s+(?:unut|iptal\s+et|bosver))\w*"
)
_TR_PAY = (
    r"(?:" + _Q + r"\s*(?:diye\s+)?(?:yaz|de(?!\w)|soyle|cevap|yan[ıi]t|bas|c[ıi]kt[ıi])"
    r"|(?<!\w)(?:sadece|yaln[ıi]zca)\s+(?:su(?:nu)?\s+)?(?:yaz|de|cevap\s+ver|yan[ıi]t\s+ver)\w*\s*:"
    r"|(?<!\w)\w+[dt][ıiu]g[ıiu]n[ıiu]\s+(?:yaz|soyle|belirt|iddia\s+et|de(?!\w))"
    r"|(?<!\w)kullan[ıi]c[ıi](?:ya|lara)\s+[^\n]{0,80}?(?:soyle|bildir|de(?!\w)|oner|tavsiye|yaz|ilet)"
    r"|(?<!\w)(?:sat[ıi]n\s+al|urun|www|http|\.com)[^\n]{0,60}?(?:oner|tavsiye)"
    r"|(?<!\w)(?:kullan[ıi]c[ıi]n[ıi]n|sifre|parola|konusma|sohbet|gecmis|kisisel|kredi\s+kart)\w*[^\n]{0,80}?(?:gonder|ilet|yolla|aktar)"
    r"|(?<!\w)(?:gonder|ilet|yolla)\w*[^\n]{0,60}?(?:kullan[ıi]c[ıi]n[ıi]n|sifre|parola|konusma|sohbet)"
    r"|hacklen\w*" + _GEN + r")"
)

# ------------------------------------------------------------------------------- Indonesian
_ID_T = r"(?:menerjemah|terjemah|diterjemah|meringkas|ringkas|diringkas|merangkum|rangkum|menjawab|jawab|dijawab|membalas|mengklasifikasi|klasifikasi|mengoreksi|koreksi|menganalisis)"
_ID_DROP = (
    r"(?<!\w)(?:(?:berhenti|hentikan|stop)\s+(?:\w+\s+)?"
    + _ID_T
    + r"|(?:jangan|tidak\s+usah|tak\s+usah|gak\s+usah|nggak\s+usah|tidak\s+perlu|tak\s+perlu)\s+(?:\w+\s+)?"
    + _ID_T
    + r"|(?:alih-alih|daripada|bukannya|sebagai\s+ganti\s+(?:dari\s+)?)\s*(?:\w+\s+)?"
    + _ID_T
    + r"|tugas\s+(?:baru|barumu)\s*:|tugas(?:mu|\s+kamu|\s+anda)\s+(?:yang\s+)?(?:sebenarnya|sesungguhnya|sekarang)|tugas\s+sebenarnya"
    r"|(?:lupakan|batalkan|lewati)\s+(?:\w+\s+)?(?:terjemahan|ringkasan|rangkuman|tugas|pertanyaan|jawaban))\w*"
)
_ID_PAY = (
    r"(?<!\w)(?:(?:balas|jawab|tulis|katakan|cetak|keluarkan|tampilkan|respon|tanggapi)\w*[^\n]{0,30}?"
    + _QO
    + r"|(?:tulis|tuliskan|katakan|nyatakan|sebutkan|bilang|beri\s*tahu\w*\s+(?:\w+\s+)?)\w*\s+(?:\w+\s+){0,2}?bahwa(?!\w)"
    r"|(?:beri\s*tahu|beritahu|katakan|bilang|sampaikan|informasikan)\w*\s+(?:\w+\s+)?(?:kepada\s+|ke\s+|pada\s+)?pengguna"
    r"|(?:rekomendasi|sarankan|menyarankan|merekomendasikan|anjurkan)\w*[^\n]{0,60}?(?:beli|produk|situs|www|http|\.com)"
    r"|(?:kirim|teruskan|forward|meneruskan|mengirim)\w*[^\n]{0,80}?(?:pengguna|kata\s+sandi|password|percakapan|riwayat|data\s+pribadi|kartu\s+kredit)"
    r"|diretas" + _GEN + r")"
)

# ------------------------------------------------------------------------------- Vietnamese
_VI_T = r"(?:dich|tom\s+tat|tom\s+luoc|tra\s+loi|phan\s+loai|sua\s+loi|phan\s+tich)"
_VI_DROP = (
    r"(?<!\w)(?:(?:dung|ngung|thoi|khong\s+can|khoi|khong\s+duoc)\s+(?:viec\s+|lai\s+)?(?:\w+\s+)?"
    + _VI_T
    + r"|thay\s+vi\s+(?:\w+\s+)?"
    + _VI_T
    + r"|nhiem\s+vu\s+moi\s*:|nhiem\s+vu\s+(?:thuc\s+su|that\s+su)\s+cua\s+ban"
    r"|(?:quen|huy|bo\s+qua)\s+(?:\w+\s+)?(?:ban\s+dich|ban\s+tom\s+tat|tom\s+tat|nhiem\s+vu|cau\s+hoi|viec\s+dich))(?!\w)"
)
_VI_PAY = (
    r"(?<!\w)(?:(?:tra\s+loi|viet|noi|in\s+ra|xuat|phan\s+hoi)[^\n]{0,30}?"
    + _QO
    + r"|(?:viet|noi|khang\s+dinh|tuyen\s+bo|bao)\s+(?:\w+\s+){0,3}?rang(?!\w)"
    r"|(?:noi|bao|thong\s+bao|nhan|khuyen)\s+(?:voi\s+|cho\s+)?nguoi\s+dung"
    r"|(?:khuyen|gioi\s+thieu|de\s+xuat)\w*[^\n]{0,60}?(?:mua|san\s+pham|www|http|\.com)"
    r"|(?:gui|chuyen\s+tiep)[^\n]{0,80}?(?:nguoi\s+dung|mat\s+khau|cuoc\s+tro\s+chuyen|lich\s+su|du\s+lieu\s+ca\s+nhan|the\s+tin\s+dung)"
    + _GEN
    + r")"
)

# ---------------------------------------------------------------------------------- Swedish
_SV_T = r"(?:oversatt|sammanfatt|svara|besvara|klassificera|korrigera|analysera)"
_SV_DROP = (
    r"(?<!\w)(?:(?:sluta|sluta\s+med\s+att|avbryt|upphor\s+med\s+att|lagg\s+av\s+med\s+att)\s+(?:att\s+)?(?:\w+\s+)?"
    + _SV_T
    + r"|"
    + _SV_T
    + r"\w*\s+(?:\w+\s+){0,2}?(?:inte|ej)(?!\w)"
    r"|(?:i\s+stallet\s+for|istallet\s+for)\s+(?:att\s+)?(?:\w+\s+)?"
    + _SV_T
    + r"|ny\s+uppgift\s*:|(?:din\s+)?(?:riktiga|verkliga|egentliga|nya)\s+uppgift\w*\s+(?:ar|blir)"
    r"|(?:glom|avbryt|strunta\s+i|skippa|hoppa\s+over)\s+(?:\w+\s+)?(?:oversattning|sammanfattning|uppgift|fragan|svaret))\w*"
)
_SV_PAY = (
    r"(?<!\w)(?:(?:svar|skriv|sag|mata\s+ut|returnera)\w*[^\n]{0,30}?"
    + _QO
    + r"|(?:skriv|sag|pasta|hav|uppge)\w*\s+(?:\w+\s+){0,3}?att(?!\w)"
    r"|(?:sag|beratta|meddela|informera)\w*\s+(?:till\s+|for\s+)?anvandare\w*"
    r"|(?:rekommendera|foresla|tipsa)\w*[^\n]{0,60}?(?:kop|produkt|www|http|\.com|sajt|webbplats)"
    r"|(?:skicka|vidarebefordra|maila|mejla)\w*[^\n]{0,80}?(?:anvandare|losenord|konversation|chatt|historik|personuppgift|kreditkort)"
    + _GEN
    + r")"
)

# ------------------------------------------------------------------------------------ Czech
_CS_T = r"(?:preklad|prelo|shrn|odpov|zodpov|klasifik|oprav|analyz)"
_CS_DROP = (
    r"(?<!\w)(?:(?:prestan|prerus|zastav|ukonci)\w*\s+(?:\w+\s+)?"
    + _CS_T
    + r"|ne(?:preklad|shrn|odpov|zodpov|klasifik|opravuj|analyzuj)\w*"
    r"|misto\s+(?:\w+\s+)?"
    + _CS_T
    + r"|novy\s+ukol\s*:|tv(?:uj|ym)\s+(?:skutecn|pravy|novy)\w*\s+ukol|skutecny\s+ukol"
    r"|(?:zapomen|zrus|preskoc|vynech)\w*\s+(?:na\s+)?(?:\w+\s+)?(?:preklad|shrnut|ukol|otazk|odpov))\w*"
)
_CS_PAY = (
    r"(?<!\w)(?:(?:odpov|napis|rekni|vypis|vytiskni|vrat)\w*[^\n]{0,30}?"
    + _QO
    + r"|(?:napis|rekni|tvrd|uved|sdel)\w*,?\s+(?:\w+\s+){0,3}?ze(?!\w)"
    r"|(?:rekni|sdel|informuj|doporuc)\w*\s+(?:\w+\s+)?uzivatel\w*"
    r"|doporuc\w*[^\n]{0,60}?(?:koup|produkt|www|http|\.com)"
    r"|(?:posl|prepos|odesl|zasl)\w*[^\n]{0,80}?(?:uzivatel|heslo|hesla|konverzac|historii|osobni|platebni)"
    + _GEN
    + r")"
)

# --------------------------------------------------------------------------------- Romanian
_RO_T = r"(?:tradu|traduce|traducer|rezum|raspun|clasific|corect|analiz)"
_RO_DROP = (
    r"(?<!\w)(?:(?:opreste|opriti|inceteaza|incetati|nu\s+mai|renunta\s+la|stop)\s+(?:sa\s+|cu\s+)?(?:\w+\s+)?"
    + _RO_T
    + r"|nu(?:-l|-o|-i)?\s+(?:\w+\s+)?"
    + _RO_T
    + r"|in\s+loc\s+(?:sa\s+|de\s+a\s+|de\s+)?(?:\w+\s+)?"
    + _RO_T
    + r"|sarcina\s+noua\s*:|sarcina\s+ta\s+(?:reala|adevarata|noua)|adevarata\s+(?:ta\s+)?sarcina|noua\s+ta\s+sarcina"
    r"|(?:uita|anuleaza|renunta)\w*\s+(?:de\s+|la\s+)?(?:\w+\s+)?(?:traducere|rezumat|sarcin|intrebare|raspuns))\w*"
)
_RO_PAY = (
    r"(?<!\w)(?:(?:raspunde|scrie|spune|afiseaza|tipareste|returneaza|printeaza)\w*[^\n]{0,30}?"
    + _QO
    + r"|(?:scrie|spune|afirma|declara|mentioneaza)(?:-i|-le)?\w*\s+(?:\w+\s+){0,2}?ca(?!\w)(?!\s+(?:un|o|si|pe|in|la)\s)"
    r"|(?:spune|informeaza|comunica|zi|recomanda)(?:-i|-le)?\w*\s+(?:\w+\s+)?utilizator\w*"
    r"|recomand\w*[^\n]{0,60}?(?:cumpar|produs|www|http|\.com|site)"
    r"|(?:trimite|redirectioneaza|transmite|forward)\w*[^\n]{0,80}?(?:utilizator|parola|conversat|istoric|date\s+personale|card)"
    + _GEN
    + r")"
)

# -------------------------------------------------------------------------------- Hungarian
_HU_T = r"(?:fordit|foglal\w*\s+ossze|osszefoglal|osszegez|valaszol|megvalaszol|osztalyoz|kategorizal|javit|elemez)"
_HU_DROP = (
    r"(?<!\w)(?:hagy\w*\s+abba\s+(?:a\s+|az\s+)?(?:\w+\s+)?"
    + _HU_T
    + r"|(?:fejezd|fejezze)\s+be\s+(?:a\s+|az\s+)?"
    + _HU_T
    + r"|(?:ne|nem\s+kell)\s+(?:\w+\s+)?"
    + _HU_T
    + r"|(?:ahelyett,?\s+hogy)\s+(?:\w+\s+)?"
    + _HU_T
    + r"|"
    + _HU_T
    + r"\w*\s+helyett"
    r"|uj\s+feladat\s*:|(?:az\s+)?(?:igazi|valodi|uj)\s+feladatod|feladatod\s+(?:mostantol|most)"
    r"|(?:felejtsd|felejtse|hagyd)\s+el\s+(?:a\s+|az\s+)?(?:forditas|osszefoglal|feladat|kerdes|valasz))\w*"
)
_HU_PAY = (
    r"(?<!\w)(?:(?:valaszol|ird|irj|mondd|nyomtasd|add\s+vissza)\w*[^\n]{0,30}?"
    + _QO
    + r"|(?:ird|irja|mondd|mondja|allitsd|jelentsd)\s+(?:azt\s*)?,?\s*hogy(?!\w)"
    r"(?!\s+(?:mit|mi|ki|hogyan|miert|mennyi|hol|mikor|milyen|melyik)(?!\w))"
    r"|(?:mondd|mondja|kozold|tajekoztasd|ajanld)\w*\s+(?:meg\s+)?(?:a\s+)?felhasznalo\w*"
    r"|(?:ajanl|javasol)\w*[^\n]{0,60}?(?:vegye|vasarol|termek|www|http|\.com)"
    r"|(?:kuld|tovabbit)\w*[^\n]{0,80}?(?:felhasznalo|jelszo|jelszav|beszelgetes|elozmeny|szemelyes|bankkartya)"
    r"|feltort\w*" + _GEN + r")"
)

# --------------------------------------------------------------------------- Danish, Norwegian
_DA_T = r"(?:overs[æae]t|opsummer|resumer|besvar|svar|klassificer|korriger|analyser)"
_DA_DROP = (
    r"(?<!\w)(?:(?:stop|hold\s+op|hør\s+op)\s+(?:med\s+)?(?:at\s+)?"
    + _DA_T
    + r"|"
    + _DA_T
    + r"\w*\s+(?:\w+\s+){0,2}?ikke(?!\w)|ikke\s+"
    + _DA_T
    + r"|i\s+stedet\s+for\s+at\s+(?:\w+\s+)?"
    + _DA_T
    + r"|ny\s+opgave\s*:|(?:din\s+)?(?:rigtige|egentlige|virkelige|nye)\s+opgave\s+er"
    r"|(?:glem|annuller|drop|spring\s+over)\s+(?:\w+\s+)?(?:oversættelse|resume|opsummering|opgave|spørgsmål))\w*"
)
_DA_PAY = (
    r"(?<!\w)(?:(?:svar|skriv|sig|udskriv|returner)\w*[^\n]{0,30}?"
    + _QO
    + r"|(?:skriv|sig|pasta|oplys|fortæl)\w*\s+(?:\w+\s+){0,3}?at(?!\w)"
    r"|(?:sig|fortæl|informer|meddel|anbefal)\w*\s+(?:til\s+)?brugere\w*"
    r"|(?:anbefal|foresl)\w*[^\n]{0,60}?(?:køb|produkt|www|http|\.com|hjemmeside)"
    r"|(?:send|videresend|mail)\w*[^\n]{0,80}?(?:bruger|adgangskode|password|samtale|chat|historik|personoplysning|kreditkort)"
    + _GEN
    + r")"
)
_NO_T = r"(?:overs[ae]tt|oppsummer|svar|besvar|klassifiser|korriger|analyser)"
_NO_DROP = (
    r"(?<!\w)(?:(?:slutt|stopp|hold\s+opp|stans)\s+(?:med\s+)?(?:[aå]\s+)?"
    + _NO_T
    + r"|ikke\s+(?:\w+\s+)?"
    + _NO_T
    + r"|"
    + _NO_T
    + r"\w*\s+(?:\w+\s+){0,2}?ikke(?!\w)"
    r"|i\s+stedet\s+for\s+[aå]\s+(?:\w+\s+)?"
    + _NO_T
    + r"|ny\s+oppgave\s*:|(?:din\s+)?(?:egentlige|virkelige|ekte|nye)\s+oppgave\s+er"
    r"|(?:glem|avbryt|drop|hopp\s+over)\s+(?:\w+\s+)?(?:oversettelse|sammendrag|oppsummering|oppgave|sporsmal|spørsmal))\w*"
)
_NO_PAY = (
    r"(?<!\w)(?:(?:svar|skriv|si(?!\w)|returner)\w*[^\n]{0,30}?"
    + _QO
    + r"|(?:skriv|si|pasta|opplys|fortell)\s+(?:\w+\s+){0,3}?at(?!\w)"
    r"|(?:si|fortell|informer|meld|anbefal)\w*\s+(?:fra\s+)?(?:til\s+)?brukere\w*"
    r"|(?:anbefal|foresla)\w*[^\n]{0,60}?(?:kjop|kjøp|produkt|www|http|\.com|nettsted)"
    r"|(?:send|videresend)\w*[^\n]{0,80}?(?:bruker|passord|samtale|chat|historikk|personopplysning|kredittkort)"
    + _GEN
    + r")"
)

# ---------------------------------------------------------------------------------- Finnish
_FI_T = r"(?:kaan|kaant|tiivist|yhteenve|vastaa|vastaami|luokit|korjaa|analysoi)"
_FI_DROP = (
    r"(?<!\w)(?:(?:lopeta|lopettakaa|keskeyta)\s+(?:\w+\s+)?"
    + _FI_T
    + r"|(?:ala|alkaa)\s+(?:\w+\s+)?"
    + _FI_T
    + r"|(?:kaantamisen|kaannoksen|tiivistamisen|tiivistelman|vastaamisen|vastauksen|luokittelun)\s+sijaan"
    r"|sen\s+sijaan\s+etta\s+(?:\w+\s+)?"
    + _FI_T
    + r"|uusi\s+tehtava\s*:|(?:todellinen|oikea|uusi)\s+tehtavasi|tehtavasi\s+on\s+(?:nyt|oikeasti)"
    r"|(?:unohda|peru|ohita)\s+(?:\w+\s+)?(?:kaannos|tiivistelma|yhteenveto|tehtava|kysymys|vastaus))\w*"
)
_FI_PAY = (
    r"(?<!\w)(?:(?:vastaa|kirjoita|sano|tulosta|palauta)\w*[^\n]{0,30}?"
    + _QO
    + r"|(?:kirjoita|sano|vaita|ilmoita|kerro)\w*,?\s+(?:\w+\s+){0,2}?etta(?!\w)"
    r"|(?:kerro|sano|ilmoita|suosittele)\w*\s+(?:\w+\s+)?kayttajalle|kayttajalle\s+(?:\w+\s+)?(?:etta|kerro|sano)"
    r"|suosittel\w*[^\n]{0,60}?(?:osta|tuote|www|http|\.com)"
    r"|(?:laheta|lahettakaa|valita|valittakaa)\w*[^\n]{0,80}?(?:kayttaja|salasan|keskustelu|historia|henkilotie|luottokort)"
    r"|kayttajan\s+[^\n]{0,60}?(?:laheta|valita)"
    r"|hakkeroi\w*" + _GEN + r")"
)

# ----------------------------------------------------------------------------------- Hebrew
_HE_T = r"(?:תרגם|לתרגם|תתרגם|תתרגמו|תרגום|לסכם|תסכם|תסכמו|סכם|סיכום|לענות|תענה|תענו|לסווג|תסווג|לתקן|תתקן|לנתח|תנתח)"
_HE_DROP = (
    _HEB
    + r"(?:ו?(?:תפסיק|תפסיקי|הפסק|הפסיקו|תפסיקו|עצור|עצרו)\s+(?:את\s+)?ה?"
    + _HE_T
    + r"|(?:אל|לא)\s+(?:\S+\s+)?"
    + _HE_T
    + r"|במקום\s+(?:\S+\s+)?"
    + _HE_T
    + r"|משימה\s+חדשה\s*:|המשימה\s+(?:האמיתית|החדשה)\s+שלך|המשימה\s+שלך\s+(?:עכשיו|כעת)"
    r"|(?:שכח|תשכח|שכחו|בטל|תבטל|בטלו)\s+(?:את\s+)?(?:מ?ה)?(?:תרגום|סיכום|משימה|שאלה|תשובה))" + _HEE
)
_HE_PAY = (
    _HEB
    + r"ו?(?:(?:ענה|תענה|ענו|השב|תשיב|כתוב|תכתוב|כתבו|אמור|תגיד|הדפס|החזר)[^\n]{0,30}?"
    + _QO
    + r"|(?<!מה\s)(?:כתוב|תכתוב|כתבו|אמור|תגיד|תאמר|ציין|טען|תטען)\s+(?:ל\S*\s+)?ש(?!ם"
    + _HEE
    + r")(?=[\u05d0-\u05ea])"
    r"|(?:אמור|תגיד|תאמר|הודע|תודיע|ספר|תספר|המלץ|תמליץ)\s+ל?משתמש"
    r"|(?:המלץ|תמליץ|המליצו)[^\n]{0,60}?(?:לקנות|מוצר|www|http|\.com)"
    r"|(?:שלח|תשלח|שלחו|העבר|תעביר|העבירו)[^\n]{0,80}?(?:משתמש|סיסמ|שיחה|היסטורי|פרטים\s+אישיים|כרטיס\s+אשראי)"
    r"|נפרצ\S*" + _GEN + r")"
)

# ---------------------------------------------------------------------------------- Persian
_FA_T = r"(?:ترجمه|خلاصه|پاسخ|جواب|دسته\s?\u200c?بندی|طبقه\s?\u200c?بندی|تصحیح|تحلیل)"
_FA_DROP = _ar(
    _AB
    + r"(?:"
    + _FA_T
    + r"[^\n.،؛:]{0,15}?(?:متوقف\s+کن|نکن|نده|ندهید|نکنید|بس\s+کن|دست\s+بکش|دست\s+بردار|فراموش\s+کن|لغو\s+کن)"
    r"|به\s*جای\s+(?:\S+\s+)?"
    + _FA_T
    + r"|(?:وظیفه|کار|ماموریت|مأموریت)\s+(?:جدید|تازه)\s*:|وظیفه\s+(?:واقعی|اصلی)\s+(?:تو|شما))"
)
_FA_PAY = _ar(
    r"(?:"
    + _AB
    + r"(?:بنویس|پاسخ\s+بده|جواب\s+بده|بگو|چاپ\s+کن)[^\n]{0,30}?"
    + _QO
    + r"|"
    + _Q
    + r"[^\n]{0,5}?\s*(?:را\s+)?(?:بنویس|بگو|پاسخ\s+بده|جواب\s+بده)"
    r"|"
    + _AB
    + r"(?:بنویس|بگو|ادعا\s+کن|اعلام\s+کن)\s+(?:\S+\s+){0,2}?که"
    + _AE
    + r"|"
    + _AB
    + r"به\s+کاربر[^\n]{0,60}?(?:بگو|اطلاع|توصیه|پیشنهاد|بنویس)"
    r"|" + _AB + r"(?:بخر|خرید|محصول|www|http|\.com)[^\n]{0,60}?(?:توصیه|پیشنهاد)"
    r"|"
    + _AB
    + r"(?:کاربر|رمز|گذرواژه|مکالمه|گفتگو|تاریخچه|اطلاعات\s+شخصی)[^\n]{0,80}?(?:بفرست|ارسال|فوروارد)"
    r"|" + _AB + r"(?:بفرست|ارسال\s+کن)[^\n]{0,80}?(?:کاربر|رمز|گذرواژه|مکالمه|گفتگو)"
    r"|هک\s+شد|۱۰\s+از\s+۱۰|10\s+از\s+10" + _GEN + r")"
)

# ----------------------------------------------------------------------------------- Arabic
_AR_T = r"(?:الترجمة|ترجمة|ترجم|تترجم|التلخيص|تلخيص|لخص|تلخص|الملخص|الإجابة|الاجابة|إجابة|اجابة|أجب|تجب|تجيب|الرد|ترد|التصنيف|تصنف|التصحيح|تصحح|التحليل|تحلل)"
_AR_DROP = _ar(
    _AB
    + r"(?:(?:توقف|توقفي|توقفوا|كف|كفي|أوقف|اوقف)\s+(?:عن\s+)?(?:\S+\s+)?"
    + _AR_T
    + r"|لا\s+(?:\S+\s+)?"
    + _AR_T
    + r"|بدلا?\s*من\s+(?:\S+\s+)?"
    + _AR_T
    + r"|مهمة\s+جديدة\s*:|مهمتك\s+(?:الحقيقية|الجديدة|الآن|الان)|المهمة\s+الحقيقية"
    r"|(?:انس|انسى|انسي|ألغ|الغ)\S*\s+(?:\S+\s+)?(?:الترجمة|الملخص|التلخيص|المهمة|السؤال|الإجابة))"
)
_AR_PAY = _ar(
    _AB
    + r"[وف]?(?:(?:أجب|اجب|رد|اكتب|قل|اطبع|أخرج)[^\n]{0,30}?"
    + _QO
    + r"|(?:اكتب|قل|أخبر|اخبر|صرح|اذكر)\S*\s+(?:\S+\s+){0,2}?(?:أن|بأن|ان|بان|إن)(?:ه|ها|هم)?"
    + _AE
    + r"|(?:أخبر|اخبر|قل|أبلغ|ابلغ|أعلم|اعلم)\S*\s+(?:ال)?مستخدم|للمستخدم"
    r"|(?:أوص|اوص|انصح|اقترح)\S*[^\n]{0,60}?(?:شراء|بشراء|منتج|www|http|\.com|موقع)"
    r"|(?:أرسل|ارسل|حول|وجه)\S*[^\n]{0,80}?(?:المستخدم|كلمة\s+المرور|كلمة\s+السر|المحادثة|سجل|البيانات\s+الشخصية|بطاقة)"
    r"|اختراق\S*|اخترق\S*" + _GEN + r")"
)

# ------------------------------------------------------------------------------------ Hindi
_HI_T = r"(?:अनुवाद|सारांश|जवाब|उत्तर|वर्गीकरण|सुधार|विश्लेषण)"
_HI_DROP = (
    _HB + r"(?:" + _HI_T + r"(?:\s+\S+){0,2}?\s+(?:बंद\s+कर|रोक|छोड़)"
    r"|" + _HI_T + r"\s+(?:मत|न)\s+(?:करो|करें|बनाओ|दो|दें|लिखो|कीजिए|दीजिए|करना)"
    r"|" + _HI_T + r"\S*(?:\s+\S+){0,2}?\s+(?:के\s+बजाय|के\s+बजाए|की\s+जगह)"
    r"|नया\s+(?:काम|कार्य|टास्क)\s*:|(?:असली|वास्तविक)\s+(?:काम|कार्य)|तुम्हारा\s+(?:असली\s+|नया\s+)?काम\s+(?:अब|यह)"
    r"|" + _HI_T + r"\s+(?:को\s+)?(?:भूल\s+जा|रद्द\s+कर))" + _HS
)
_HI_PAY = (
    r"(?:" + _Q + r"[^\n]{0,10}?(?:लिखो|लिखें|लिखिए|कहो|कहें|बोलो|जवाब\s+दो|उत्तर\s+दो|प्रिंट)"
    r"|"
    + _HB
    + r"(?:लिखो|लिखें|लिखिए|जवाब\s+दो|कहो|कहें)[^\n]{0,20}?"
    + _QO
    + r"|"
    + _HB
    + r"(?:लिखो|लिखें|लिखिए|कहो|कहें|बोलो)\s+कि"
    + _HE
    + r"|"
    + _HB
    + r"(?:उपयोगकर्ता|यूज़र|यूजर)\s+(?:को|से)"
    + _HE
    + r"|"
    + _HB
    + r"(?:खरीद|उत्पाद|www|http|\.com)[^\n]{0,60}?(?:सलाह|सिफारिश|सुझाव)"
    r"|" + _HB + r"(?:उपयोगकर्ता|पासवर्ड|बातचीत|चैट|इतिहास|निजी\s+जानकारी)[^\n]{0,80}?(?:भेज|फ़ॉरवर्ड|फॉरवर्ड)"
    r"|हैक" + _GEN + r")"
)

# ------------------------------------------------------------------------------------- Thai
_TH_T = r"(?:แปล|สรุป|ตอบ|จัดหมวดหมู่|จำแนก|แก้ไข|วิเคราะห์)"
_TH_DROP = (
    r"(?:(?:หยุด|เลิก)(?:การ)?"
    + _TH_T
    + r"|(?:ไม่ต้อง|ไม่จำเป็นต้อง|อย่า)(?:การ)?"
    + _TH_T
    + r"|แทนที่จะ\s*(?:\S{0,6}?)"
    + _TH_T
    + r"|(?:งาน|ภารกิจ)ใหม่\s*:|หน้าที่(?:ที่แท้จริง|จริงๆ)ของคุณ"
    r"|(?:ลืม|ยกเลิก|ข้าม)(?:การ)?(?:บทสรุป|คำแปล|การแปล|สรุป|งาน|คำถาม))"
)
_TH_PAY = (
    r"(?:(?:ตอบ|เขียน|พิมพ์|พูด|บอก)[^\n]{0,25}?" + _QO + r"|(?:เขียน|บอก|พูด|ระบุ|อ้าง)ว่า"
    r"|(?:บอก|แจ้ง|แนะนำ|ให้)ผู้ใช้"
    r"|แนะนำ[^\n]{0,60}?(?:ซื้อ|ผลิตภัณฑ์|สินค้า|www|http|\.com)"
    r"|(?:ส่ง|ฟอร์เวิร์ด)[^\n]{0,80}?(?:ผู้ใช้|รหัสผ่าน|บทสนทนา|ประวัติ|ข้อมูลส่วนตัว|บัตรเครดิต)"
    r"|แฮก" + _GEN + r")"
)

# ----------------------------------------------------------------------------------- Korean
_KO_T = r"(?:번역|요약|답변|대답|응답|분류|교정|분석)"
_KO_DROP = (
    r"(?:" + _KO_T + r"(?:하는\s*것|하기)?(?:을|를|은|는)?\s*(?:멈춰|멈추|중단|그만)"
    r"|(?:" + _KO_T + r"|답)\s*하지\s*(?:마|말)"
    r"|(?:" + _KO_T + r"|답)\S{0,3}\s*대신"
    r"|새로운\s*(?:작업|임무|지시)\s*:|새\s*(?:작업|임무)\s*:|진짜\s*(?:작업|임무)|당신의\s*(?:진짜\s*|새로운\s*)?(?:임무|작업)은"
    r"|(?:번역|요약|작업|질문)\S{0,2}\s*(?:은|는|을|를)?\s*(?:잊어|잊고|취소))"
)
_KO_PAY = (
    r"(?:" + _Q + r"\s*(?:이?라고)\s*(?:만\s*)?(?:답|말|써|쓰|출력|작성|응답)"
    r"|(?:이?라고|다고)\s*(?:만\s*)?(?:써|쓰|작성|말해|답|알려)"
    r"|(?:사용자|유저)에게"
    r"|(?:구매|구입|제품|www|http|\.com)[^\n]{0,40}?추천"
    r"|(?:사용자|비밀번호|대화|기록|개인\s*정보|신용\s*카드)[^\n]{0,80}?(?:보내|전송|전달)"
    r"|해킹" + _GEN + r")"
)

# --------------------------------------------------------------------------------- Japanese
_JA_T = r"(?:翻訳|要約|回答|答え|返答|分類|添削|分析|まとめ)"
_JA_DROP = (
    r"(?:" + _JA_T + r"\S{0,3}?(?:を|は)?(?:やめ|止め|中止|中断)"
    r"|" + _JA_T + r"(?:は|を)?(?:しないで|しなくて|せず|するな)"
    r"|" + _JA_T + r"\S{0,4}?代わりに"
    r"|新しい(?:タスク|任務|指示)\s*[:：]|本当の(?:タスク|任務|仕事)|あなたの(?:本当の)?(?:タスク|任務)は"
    r"|(?:翻訳|要約|タスク|質問)\S{0,2}?(?:は|を)?(?:忘れ|キャンセル|取り消))"
)
_JA_PAY = (
    r"(?:" + _Q + r"\s*(?:と|とだけ|だけを?)\s*(?:返信|返答|回答|答え|書い|書け|言っ|出力|表示|伝え)"
    r"|と(?:だけ)?(?:書いて|書け|言って|伝えて|答えて|返信して|出力して)"
    r"|(?:ユーザー|利用者)に"
    r"|(?:購入|買う|製品|商品|www|http|\.com)[^\n]{0,40}?(?:勧め|すすめ|推奨|おすすめ)"
    r"|(?:ユーザー|利用者|パスワード|会話|履歴|個人情報|クレジットカード)[^\n]{0,80}?(?:送信|送って|転送|送れ)"
    r"|ハッキング" + _GEN + r")"
)

# ------------------------------------------------------------------------------- Bulgarian
_BG_T = r"(?:превежда|преведи|превод|обобща|обобщи|резюмира|отговаря|отговори|класифицира|коригира|поправя|анализира)"
_BG_DROP = (
    r"(?<!\w)(?:(?:спри|спрете|престани|престанете|прекрати|прекратете)\s+(?:да\s+)?(?:\w+\s+)?"
    + _BG_T
    + r"|(?:не|недей|недейте)\s+(?:\w+\s+)?(?:да\s+)?"
    + _BG_T
    + r"|вместо\s+(?:да\s+)?(?:\w+\s+)?"
    + _BG_T
    + r"|нова\s+задача\s*:|(?:истинската|новата)\s+(?:ти\s+)?задача|задачата\s+ти\s+сега"
    r"|(?:забрави|отмени|пропусни)\s+(?:за\s+)?(?:\w+\s+)?(?:превод|резюме|обобщени|задача|въпрос|отговор))\w*"
)
_BG_PAY = (
    r"(?<!\w)(?:(?:отговори|отговаряй|напиши|кажи|изведи|отпечатай|върни)\w*[^\n]{0,30}?"
    + _QO
    + r"|(?:напиши|кажи|заяви|твърди|съобщи)\w*,?\s+(?:\w+\s+){0,3}?че(?!\w)"
    r"|(?:кажи|съобщи|информирай|препоръчай|уведоми)\w*\s+(?:на\s+)?потребител\w*"
    r"|препоръч\w*[^\n]{0,60}?(?:купи|продукт|www|http|\.com|сайт)"
    r"|(?:изпрати|препрати|изпратете|препратете)\w*[^\n]{0,80}?(?:потребител|парол|разговор|чат|история|лични\s+данни|кредитна)"
    r"|хакнат\w*" + _GEN + r")"
)

# --------------------------------------------------------------------------------- Serbian
_SR_T = _sr(
    r"(?:превод|преведи|преводи|сажм|сажим|сажет|резиме|одговар|одговори|одговор|класифик|исправ|анализ)"
)
_SR_DROP = (
    r"(?<!\w)(?:"
    + _sr(r"(?:престани|престаните|прекини|прекините|заустави)")
    + r"\s+(?:da\s+)?(?:\w+\s+)?"
    + _SR_T
    + r"|"
    + _sr(r"(?:немој|немојте|не)")
    + r"\s+(?:\w+\s+)?"
    + _sr(r"(?:да\s+)?")
    + _SR_T
    + r"|"
    + _sr(r"уместо")
    + r"\s+"
    + _sr(r"(?:да\s+)?")
    + r"(?:\w+\s+)?"
    + _SR_T
    + r"|"
    + _sr(
        r"(?:нови\s+задатак\s*:|(?:твој|прави|стварни)\s+(?:прави\s+)?задатак\s+(?:је|сада)|твој\s+нови\s+задатак)"
    )
    + r"|"
    + _sr(r"(?:заборави|откажи|прескочи)")
    + r"\s+(?:na\s+|на\s+)?(?:\w+\s+)?"
    + _sr(r"(?:превод|резиме|сажет|задатак|питањ|одговор)")
    + r")\w*"
)
_SR_PAY = (
    r"(?<!\w)(?:"
    + _sr(r"(?:одговори|напиши|реци|испиши|одштампај|врати)")
    + r"\w*[^\n]{0,30}?"
    + _QO
    + r"|"
    + _sr(r"(?:напиши|реци|тврди|изјави|наведи)")
    + r"\w*,?\s+(?:\w+\s+){0,3}?"
    + _sr(r"да\s+(?:је|су|ће|мора|треба)")
    + r"|"
    + _sr(r"(?:реци|обавести|саопшти|препоручи|кажи)")
    + r"\w*\s+(?:\w+\s+)?"
    + _sr(r"кориснику")
    + r"|"
    + _sr(r"препоруч")
    + r"\w*[^\n]{0,60}?(?:"
    + _sr(r"(?:купи|производ|сајт)")
    + r"|www|http|\.com)"
    r"|"
    + _sr(r"(?:пошаљи|проследи|пошаљите|проследите)")
    + r"\w*[^\n]{0,80}?"
    + _sr(r"(?:корисник|лозинк|разговор|историј|личне\s+податке|картиц)")
    + r"|"
    + _sr(r"хакован")
    + r"\w*"
    + _GEN
    + r")"
)


# ------------------------------------------------------------------ widened swaps (2nd pass)
# A link or a site to send the reader to; a reply fixed in advance ("answer only: ...", "just say
# yes"); the user's earlier messages. Added to each language's payload; its drop gains "no need
# to translate", "ignore/skip the task", and task nouns the first pass lacked.
_URL = r"(?:https?://|www\.|(?<![@\w.-])[a-z0-9][a-z0-9-]{0,40}\.(?:com|net|org|shop|info|io)(?![a-z0-9]))"


def _w(pattern: str, extra: str) -> str:
    return r"(?:" + pattern + r"|" + extra + r")"


_EL_DROP = _w(_EL_DROP, r"(?<!\w)δεν\s+χρειαζεται\s+(?:να\s+)?(?:\w+\s+)?" + _EL_T + r"\w*")
_EL_PAY = _w(
    _EL_PAY,
    _URL + r"|(?<!\w)(?:απαντ|γραψ)\w*\s+(?:μονο\s*(?::|με\s)|ναι(?!\w)|οχι(?!\w))"
    r"|(?<!\w)(?:πεσ|ενημερωσ)\w*\s+(?:στον\s+|στουσ\s+|τον\s+|τουσ\s+)?αναγνωστ"
    r"|(?<!\w)(?:προηγουμεν\w*\s+μηνυματ|μηνυματα\s+του\s+χρηστη)",
)
_TR_PAY = _w(
    _TR_PAY,
    _URL + r"|(?<!\w)(?:sadece|yaln[ıi]zca)\s+(?:su(?:nu)?\s+)?(?:yan[ıi]tla|cevapla|soyle)\w*\s*:"
    r"|(?<!\w)(?:kullan[ıi]c[ıi]n[ıi]n\s+(?:\w+\s+)?|onceki\s+)(?:mesaj|konusma|sohbet)\w*\s+(?:listele|yaz|goster|ver|paylas)",
)
_ID_DROP = _w(_ID_DROP, r"(?<!\w)abaikan\s+(?:\w+\s+)?(?:tugas|terjemahan|ringkasan|rangkuman|pertanyaan)\w*")
_ID_PAY = _w(
    _ID_PAY,
    _URL + r"|(?<!\w)(?:jawab|balas|tulis|katakan)\w*\s+(?:saja|hanya)\s*(?::|ya(?!\w)|tidak(?!\w))"
    r"|(?<!\w)(?:hanya|cukup)\s+(?:jawab|balas|tulis|katakan)\w*\s*(?::|ya(?!\w)|tidak(?!\w))"
    r"|(?<!\w)(?:pesan|percakapan|riwayat)\s+(?:\w+\s+)?(?:sebelumnya\s+)?(?:dari\s+)?pengguna",
)
_VI_PAY = _w(
    _VI_PAY,
    _URL + r"|(?<!\w)chi\s+(?:can\s+)?(?:tra\s+loi|noi|viet|ghi)\s*(?::|co(?!\w)|khong(?!\w))"
    r"|(?<!\w)(?:tin\s+nhan|cuoc\s+tro\s+chuyen)\s+(?:\w+\s+){0,3}?(?:cua\s+)?nguoi\s+dung",
)
_SV_DROP = _w(
    _SV_DROP,
    r"(?<!\w)(?:(?:i\s+stallet\s+for|istallet\s+for)\s+att\s+(?:\w+\s+)?ratta|ingen\s+(?:oversattning|sammanfattning)\w*\s+behovs)",
)
_SV_PAY = _w(
    _SV_PAY,
    _URL + r"|(?<!\w)(?:svara|skriv|sag)\s+(?:bara|endast|enbart|kun)\s*(?::|ja(?!\w)|nej(?!\w))"
    r"|(?<!\w)(?:anvandarens\s+(?:\w+\s+)?|tidigare\s+)(?:meddelanden|konversation|chatt)",
)
_CS_DROP = _w(_CS_DROP, r"(?<!\w)ignoruj\w*\s+(?:\w+\s+)?(?:ukol|preklad|shrnut|otazk)\w*")
_CS_PAY = _w(
    _CS_PAY,
    _URL
    + r"|(?<!\w)(?:odpovez|odpovezte|napis|napiste|rekni|reknete)\s+(?:jen|pouze|jenom)\s*(?::|ano(?!\w)|ne(?!\w))"
    r"|(?<!\w)(?:predchozi|minule)\s+(?:zpravy|konverzac)|zpravy\s+uzivatel",
)
_RO_PAY = _w(
    _RO_PAY,
    _URL + r"|(?<!\w)(?:raspunde|scrie|spune)\w*\s+(?:doar|numai)\s*(?::|da(?!\w)|nu(?!\w))"
    r"|(?<!\w)(?:mesajele|conversatiile|istoricul)\s+(?:\w+\s+){0,2}?(?:ale\s+|al\s+|a\s+)?utilizatorului",
)
_HU_PAY = _w(
    _HU_PAY,
    _URL
    + r"|(?<!\w)csak\s+(?:ezt\s+|annyit\s+)?(?:valaszold|valaszolj|ird|irj|mondd)\w*\s*(?::|igen|nem(?!\w))"
    r"|(?<!\w)valaszolj\s+(?:igennel|nemmel)|(?<!\w)(?:korabbi|elozo)\s+uzenet",
)
_DA_DROP = _w(
    _DA_DROP,
    r"(?<!\w)(?:i\s+stedet\s+for\s+at\s+(?:\w+\s+)?rett?e|spring\s+(?:\w+\s+)?(?:overs[æae]ttelse|opsummering|resume|opgave)\w*\s+over)",
)
_DA_PAY = _w(
    _DA_PAY,
    _URL + r"|(?<!\w)(?:svar|skriv|sig)\s+(?:kun|bare|blot)\s*(?::|ja(?!\w)|nej(?!\w))"
    r"|(?<!\w)(?:(?:send|videresend)\w*\s+brugerens|brugerens\s+(?:tidligere\s+)?beskeder|tidligere\s+beskeder)",
)
_NO_DROP = _w(_NO_DROP, r"(?<!\w)i\s+stedet\s+for\s+[aå]\s+(?:\w+\s+)?rett?e")
_NO_PAY = _w(
    _NO_PAY,
    _URL + r"|(?<!\w)(?:svar|skriv|si)\s+(?:kun|bare|bare\s+med)\s*(?::|ja(?!\w)|nei(?!\w))"
    r"|(?<!\w)(?:(?:send|videresend)\w*\s+brukerens|brukerens\s+(?:tidligere\s+)?meldinger|tidligere\s+meldinger)",
)
_FI_DROP = _w(
    _FI_DROP,
    r"(?<!\w)(?:(?:korjaamisen|korjauksen|yhteenvedon|analyysin|kaantamisen)\s+sijaan|ei\s+tarvitse\s+(?:\w+\s+)?"
    + _FI_T
    + r"\w*)",
)
_FI_PAY = _w(
    _FI_PAY,
    _URL + r"|(?<!\w)(?:vastaa|kirjoita|sano)\s+(?:vain|pelkastaan|ainoastaan)\s*(?::|kylla|ei(?!\w))"
    r"|(?<!\w)(?:kayttajan\s+(?:aiemmat\s+)?viestit|aiemmat\s+viestit)",
)
_HE_PAY = _w(
    _HE_PAY,
    _URL + r"|" + _HEB + r"ו?(?:ענה|תענה|ענו|כתוב|תכתוב|אמור|תגיד)\s+(?:רק|אך\s+ורק)\s*(?::|כן|לא)"
    r"|" + _HEB + r"ו?(?:תגיד|אמור|ספר|תספר)\s+לקורא|ה?הודעות\s+ה?קודמות|שיחות\s+קודמות",
)
_FA_DROP = _w(_FA_DROP, _ar(_AB + r"(?:لازم\s+نیست|نیازی\s+نیست|نیاز\s+نیست)\s+(?:به\s+)?" + _FA_T))
_FA_PAY = _w(
    _FA_PAY,
    _URL
    + r"|"
    + _ar(
        _AB + r"فقط\s+(?:جواب\s+بده|پاسخ\s+بده|بنویس|بگو)\s*(?::|بله|نه" + _AE + r")"
        r"|" + _AB + r"به\s+خواننده\s+(?:\S+\s+)?بگو|پیام\s*\u200c?های\s+قبلی"
    ),
)
_AR_DROP = _w(
    _AR_DROP,
    _ar(
        _AB
        + r"(?:بدلا?\s*من\s+(?:\S+\s+)?تصحيح|تجاهل\S*\s+(?:\S+\s+)?(?:المهمة|الترجمة|الملخص|التلخيص|السؤال))"
    ),
)
_AR_PAY = _w(
    _AR_PAY,
    _URL
    + r"|"
    + _ar(
        _AB + r"[وف]?(?:أجب|اجب|رد|اكتب|قل)\s+فقط\s*(?::|بنعم|نعم" + _AE + r")"
        r"|" + _AB + r"[وف]?(?:أجب|اجب|رد|اكتب|قل)\s+فقط\s*:|" + _AB + r"فقط\s+(?:أجب|اجب|رد|قل)\s*(?::|بنعم)"
        r"|(?:الرسائل|المحادثات)\s+السابقة"
    ),
)
_HI_DROP = _w(_HI_DROP, _HB + _HI_T + r"\s+(?:की|करने\s+की)\s+(?:ज़रूरत|जरूरत|ज़रुरत|आवश्यकता)\s+नहीं" + _HS)
_HI_PAY = _w(
    _HI_PAY,
    _URL + r"|" + _HB + r"(?:सिर्फ़?|सिर्फ|केवल|बस)\s+(?:यह\s+)?(?:जवाब|उत्तर)\s+(?:दो|दें|दीजिए)\s*:"
    r"|" + _HB + r"(?:हाँ|हां|नहीं)\s+में\s+(?:जवाब|उत्तर)|पिछले\s+(?:संदेश|मैसेज)",
)
_TH_PAY = _w(_TH_PAY, _URL + r"|ตอบ(?:แค่|เพียง|เฉพาะ)ว่า|(?:บอก|แจ้ง)ผู้อ่าน|ข้อความก่อนหน้า|ประวัติการสนทนา")
_KO_PAY = _w(
    _KO_PAY,
    _URL
    + r"|(?:이렇게|다음과\s*같이)만\s*(?:답|말|써|출력)|독자에게|(?:사용자|유저)의\s*(?:이전|과거)\s*(?:메시지|대화)|이전\s*(?:메시지|대화\s*내용)",
)
_JA_DROP = _w(_JA_DROP, _JA_T + r"(?:は|を)?(?:不要|いらない|しなくても)")
_JA_PAY = _w(
    _JA_PAY,
    _URL + r"|こう(?:答え|書い|言っ)|(?:答え|書い|言っ)(?:る|て)だけ|読者に|以前の(?:メッセージ|会話)",
)
_BG_PAY = _w(
    _BG_PAY,
    _URL + r"|(?<!\w)(?:отговори|напиши|кажи)\s+(?:само|единствено)\s*(?::|да(?!\w)|не(?!\w))"
    r"|(?<!\w)предишните\s+(?:\w+\s+)?(?:съобщения|разговори)|съобщенията\s+на\s+потребителя",
)
_SR_DROP = _w(
    _SR_DROP,
    r"(?<!\w)" + _sr(r"игнориш") + r"\w*\s+(?:\w+\s+)?" + _sr(r"(?:задат|превод|сажет|питањ)") + r"\w*",
)
_SR_PAY = _w(
    _SR_PAY,
    _URL
    + r"|(?<!\w)"
    + _sr(r"(?:одговори|напиши|реци)\s+(?:само|искључиво)")
    + r"\s*(?::|"
    + _sr(r"да")
    + r"(?!\w)|"
    + _sr(r"не")
    + r"(?!\w))"
    r"|(?<!\w)" + _sr(r"(?:претходне\s+поруке|поруке\s+корисника)"),
)

# ------------------------------------------------------------------- third pass: families
# Written from 80 more swaps (train/injection_dev_more_languages_30.jsonl) before these patterns:
# the task dropped as a role ("forget your task as a translator", "you are no longer a
# translator"), "there is no longer any need to answer the customer", "your new task is ...", a
# summary or translation refused with a verb of making ("don't make a summary"); and the user
# data asked for as a payload ("give me the e-mail addresses of all users"): a data word next to
# the users or customers, in the genitive or with "of all".
_EL_DROP = _w(
    _EL_DROP,
    r"(?<!\w)(?:(?:ξεχν|ξεχασ|αφησ|παρατ)\w*\s+(?:την\s+|το\s+|τη\s+|τισ\s+|τουσ\s+)?(?:\w+\s+)?"
    r"(?:μεταφρασ|περιληψ|εργασια|δουλεια|ρολο|καθηκον|αποστολ)"
    r"|δεν\s+χρειαζεται\s+(?:\w+\s+){0,2}?(?:να\s+)?"
    + _EL_T
    + r"|δεν\s+εισαι\s+(?:πια\s+|πλεον\s+)?(?:\w+\s+)?(?:μεταφραστ|βοηθ))\w*",
)
_EL_PAY = _w(
    _EL_PAY,
    r"(?<!\w)(?:στοιχει|δεδομεν|e-?mail|διευθυνσ|τηλεφων|κωδικ)\w*\s+(?:\w+\s+){0,2}?(?:ολων\s+)?(?:των\s+)?(?:χρηστ|πελατ)",
)
_TR_DROP = _w(
    _TR_DROP,
    r"(?<!\w)(?:art[ıi]k\s+(?:bir\s+)?(?:cevirmen|ozetleyici|asistan|musteri\s+temsilcisi)\s+degilsin"
    r"|(?:cevap\s+vermene|yan[ıi]tlamana|cevirmene|ozetlemene)\s+(?:art[ıi]k\s+)?gerek\s+yok"
    r"|(?:cevirmenlik|ceviri|ozet)\s+gorev\w*\s+(?:\w+\s+)?(?:unut|b[ıi]rak))\w*",
)
_TR_PAY = _w(
    _TR_PAY,
    r"(?<!\w)(?:kullan[ıi]c[ıi]lar[ıi]n|musterilerin)\w*\s+(?:\w+\s+){0,2}?(?:e-?posta|adres|telefon|bilgi|veri|sifre|parola)\w*",
)
_ID_DROP = _w(_ID_DROP, r"(?<!\w)tugas\s+baru(?:mu|\s+kamu|\s+anda)?\s+(?:adalah|yaitu|ialah|sekarang)")
_ID_PAY = _w(
    _ID_PAY,
    r"(?<!\w)(?:data|email|e-mail|alamat|nomor|kata\s+sandi|password)\w*\s+(?:\w+\s+)?(?:semua\s+|seluruh\s+|para\s+)?(?:pengguna|pelanggan)",
)
_VI_DROP = _w(_VI_DROP, r"(?<!\w)nhiem\s+vu\s+moi\s+cua\s+ban(?!\w)")
_VI_PAY = _w(
    _VI_PAY,
    r"(?<!\w)(?:email|dia\s+chi|so\s+dien\s+thoai|du\s+lieu|thong\s+tin|mat\s+khau|danh\s+sach)\s+(?:\w+\s+){0,3}?(?:cua\s+)?"
    r"(?:tat\s+ca\s+|moi\s+|cac\s+)?(?:nguoi\s+dung|khach\s+hang)",
)
_SV_DROP = _w(_SV_DROP, r"(?<!\w)(?:behover|maste)\s+(?:\w+\s+)?inte\s+(?:langre\s+)?" + _SV_T + r"\w*")
_SV_PAY = _w(
    _SV_PAY,
    r"(?<!\w)(?:(?:alla\s+)?(?:anvandares|kunders|anvandarnas|kundernas)\s+(?:\w+\s+)?(?:e-?post\w*|adress\w*|telefon\w*|uppgifter|data|losenord)"
    r"|(?:e-?postadress|adress|telefonnummer|losenord|personuppgift|uppgifter)\w*\s+(?:till|for|om)\s+(?:alla\s+)?(?:anvandar|kund))",
)
_CS_DROP = _w(
    _CS_DROP,
    r"(?<!\w)(?:nedel(?:ej|ejte)\s+(?:\w+\s+)?(?:preklad|shrnut|souhrn|korektur|analyz)"
    r"|(?:nemusis|nemusite|nepotrebujes)\s+(?:uz\s+)?(?:\w+\s+)?" + _CS_T + r")\w*",
)
_CS_PAY = _w(
    _CS_PAY,
    r"(?<!\w)(?:e-?mail|adres|telefon|udaj|data|hesl|kontakt)\w*\s+(?:\w+\s+)?(?:vsech\s+|ostatnich\s+)?(?:uzivatel|zakaznik|klient)",
)
_RO_DROP = _w(
    _RO_DROP,
    r"(?<!\w)nu\s+mai\s+(?:trebuie|e\s+nevoie|este\s+nevoie)\s+sa(?:-\w+)?\s+(?:\w+\s+)?" + _RO_T + r"\w*",
)
_RO_PAY = _w(
    _RO_PAY,
    r"(?<!\w)(?:adres|e-?mail|datele|parol|numer|informati)\w*\s+(?:\w+\s+){0,3}?(?:tuturor\s+)?(?:utilizator|client)",
)
_HU_DROP = _w(
    _HU_DROP,
    r"(?<!\w)(?:felejtsd|felejtse|hagyd)\s+el\s+(?:a\s+|az\s+)?\w+\s+(?:forditas|osszefoglal|feladat|kerdes|valasz|szerep)\w*",
)
_HU_PAY = _w(
    _HU_PAY,
    r"(?<!\w)(?:(?:osszes|minden)\s+(?:\w+\s+)?(?:felhasznalo|ugyfel)\w*\s+(?:\w+\s+)?(?:e-?mail|cim|adat|jelszav|telefon)"
    r"|felhasznalo\w*\s+(?:e-?mail|adat|jelszav|telefonszam))\w*",
)
_DA_DROP = _w(
    _DA_DROP, r"(?<!\w)lav\s+ikke\s+(?:et\s+|en\s+|nogen\s+)?(?:resum|opsummering|overs[æae]ttelse)\w*"
)
_DA_PAY = _w(
    _DA_PAY,
    r"(?<!\w)(?:(?:alle\s+)?(?:brugeres|kunders|brugernes|kundernes)\s+(?:\w+\s+)?(?:e-?mail|adresse|telefon|oplysninger|data|adgangskode)"
    r"|(?:e-?mailadress|adress|telefonnumr|adgangskod|oplysning)\w*\s+(?:til|på|pa|om|for)\s+(?:alle\s+)?(?:bruger|kunde))\w*",
)
_NO_DROP = _w(
    _NO_DROP,
    r"(?<!\w)(?:ikke\s+(?:lag|skriv)\s+(?:et\s+|noe\s+|noen\s+)?(?:sammendrag|oppsummering|oversettelse)|(?:den\s+)?nye\s+oppgaven\s+din\s+er)(?!\w)",
)
_NO_PAY = _w(
    _NO_PAY,
    r"(?<!\w)(?:(?:e-?postadress|adress|telefonnumr|passord|opplysning)\w*\s+(?:til|for|om)\s+(?:alle\s+)?(?:bruker|kunde)"
    r"|(?:alle\s+)?(?:brukernes|kundenes)\s+(?:\w+\s+)?(?:e-?post|adress|passord|opplysning|data))\w*",
)
_FI_DROP = _w(_FI_DROP, r"(?<!\w)ei\s+tarvitse\s+(?:\w+\s+)?(?:vastata|kaantaa|tiivistaa)(?!\w)")
_FI_PAY = _w(
    _FI_PAY,
    r"(?<!\w)(?:kaikkien\s+)?(?:kayttajien|asiakkaiden)\s+(?:\w+\s+)?(?:sahkoposti|osoit|tiedot|salasan|puhelin|henkilotie)\w*",
)
_HE_PAY = _w(
    _HE_PAY,
    _HEB
    + r"(?:כתובות|כתובת|פרטי|נתוני|סיסמאות|מספרי)\s+(?:\S+\s+){0,2}?(?:של\s+)?(?:כל\s+)?ה?(?:משתמשים|לקוחות)"
    + _HEE,
)
_FA_DROP = _w(
    _FA_DROP,
    _ar(
        _AB + r"(?:(?:وظیفه|نقش|مأموریت|ماموریت)\S*\s+(?:\S+\s+){0,4}?(?:را\s+)?فراموش\s+کن"
        r"|(?:لازم|نیازی|نیاز)\s+نیست\s+(?:\S+\s+){0,3}?"
        + _FA_T
        + r"|(?:وظیفه|کار|مأموریت|ماموریت)\s+(?:جدید|تازه)ت?\s+(?:این\s+)?(?:است|اینه))"
    ),
)
_FA_PAY = _w(
    _FA_PAY,
    _ar(
        _AB
        + r"(?:ایمیل|آدرس|اطلاعات|رمز|شماره)\S*\s+(?:\S+\s+)?(?:همه\s+|تمام\s+|همهٔ\s+)?(?:کاربران|مشتریان)"
    ),
)
_AR_DROP = _w(
    _AR_DROP,
    _ar(
        _AB + r"(?:(?:انس|انسى|انسي)\S*\s+مهمت\S*"
        r"|لم\s+تعد\s+(?:بحاجة|مضطرا?|مطالبا?)\s+(?:\S+\s+)?(?:لل|ل|إلى\s+|الى\s+)?(?:الرد|رد|الترجمة|ترجمة|التلخيص|الإجابة))"
    ),
)
_AR_PAY = _w(
    _AR_PAY,
    _ar(
        _AB
        + r"(?:عناوين|عنوان|بيانات|معلومات|كلمات\s+مرور|أرقام|ارقام)\S*\s+(?:\S+\s+){0,2}?(?:ل?جميع\s+|كل\s+)?ال?مستخدمين"
    ),
)
_HI_DROP = _w(
    _HI_DROP,
    _HB + r"(?:(?:अपना\s+)?(?:काम|कार्य|भूमिका|ड्यूटी)\s+(?:\S+\s+)?भूल\s+जा"
    r"|(?:जवाब|उत्तर|अनुवाद|सारांश)\s+(?:देने|करने|बनाने)\s+की\s+(?:ज़रूरत|जरूरत|आवश्यकता)\s+नहीं"
    r"|(?:तुम्हारा|आपका)\s+नया\s+(?:काम|कार्य))" + _HS,
)
_HI_PAY = _w(
    _HI_PAY,
    _HB
    + r"(?:(?:सिर्फ़|सिर्फ|केवल|बस)\s+"
    + _Q
    + r"|(?:सभी|सारे|सब)\s+(?:\S+\s+)?(?:उपयोगकर्ताओं|यूज़र्स|यूजर्स|ग्राहकों)\s+(?:के|का|की)\s+(?:ईमेल|पते|पासवर्ड|फ़ोन|फोन|डेटा|जानकारी))",
)
_TH_DROP = _w(_TH_DROP, r"ลืม(?:หน้าที่|งาน|บทบาท)")
_TH_PAY = _w(_TH_PAY, r"(?:อีเมล|ที่อยู่|รหัสผ่าน|ข้อมูล|เบอร์โทร)(?:ของ)?ผู้ใช้(?:ทั้งหมด|ทุกคน)")
_KO_DROP = _w(
    _KO_DROP,
    r"(?:(?:답|답변|응답|번역|요약)\S{0,2}\s*필요\s*(?:가\s*)?없|(?:너의|당신의|네)\s*새\s*(?:로운\s*)?(?:임무|작업|일)(?:은|는))",
)
_KO_PAY = _w(
    _KO_PAY, r"(?:사용자|유저|고객)(?:의|들의)\s*(?:이메일|주소|비밀번호|개인\s*정보|전화|데이터|정보)"
)
_JA_DROP = _w(
    _JA_DROP,
    r"(?:(?:任務|仕事|役割)\S{0,3}?(?:は|を)?忘れ|(?:返信|回答|返答|翻訳|要約)(?:する)?必要は?(?:ない|ありません)|新しい(?:任務|タスク|仕事)は)",
)
_JA_PAY = _w(
    _JA_PAY,
    r"(?:全|すべての|全ての)(?:ユーザー|利用者|顧客)\S{0,2}?の?(?:メールアドレス|アドレス|パスワード|個人情報|電話番号|データ)",
)
_BG_DROP = _w(_BG_DROP, r"(?<!\w)(?:вече\s+)?не\s+е\s+нужно\s+да\s+" + _BG_T + r"\w*")
_BG_PAY = _w(
    _BG_PAY,
    r"(?<!\w)(?:имейл|адрес|парол|данни|телефон)\w*\s+(?:\w+\s+){0,2}?(?:на\s+)?(?:всички\s+)?(?:потребител|клиент)\w*",
)
_SR_PAY = _w(
    _SR_PAY,
    r"(?<!\w)"
    + _sr(r"(?:имејл|мејл|адрес|лозинк|податк|телефон)")
    + r"\w*\s+(?:\w+\s+)?"
    + _sr(r"(?:свих\s+)?(?:корисник|купац|купц|клијен)")
    + r"\w*",
)

# ... and the task ignored by name ("ignore the summary request"), where the drops lacked it.
_EL_DROP = _w(_EL_DROP, r"(?<!\w)αγνοησ\w*\s+(?:το\s+|την\s+|τη\s+)?(?:αιτημα|εργασια|μεταφρασ|περιληψ)\w*")
_TR_DROP = _w(
    _TR_DROP, r"(?<!\w)(?:ceviri|ozet|gorev|istek)\w*\s+(?:\w+\s+)?(?:yok\s+say|gormezden\s+gel)\w*"
)
_VI_DROP = _w(
    _VI_DROP,
    r"(?<!\w)(?:bo\s+qua|phot\s+lo)\s+(?:\w+\s+)?(?:yeu\s+cau|nhiem\s+vu|viec)\s+(?:dich|tom\s+tat)(?!\w)",
)
_SV_DROP = _w(_SV_DROP, r"(?<!\w)ignorera\s+(?:\w+\s+)?(?:oversattning|sammanfattning|uppgift)\w*")
_RO_DROP = _w(_RO_DROP, r"(?<!\w)ignor\w*\s+(?:\w+\s+)?(?:sarcin|traducer|rezumat|cerer)\w*")
_HU_DROP = _w(
    _HU_DROP,
    r"(?<!\w)hagyd\s+figyelmen\s+kivul\s+(?:a\s+|az\s+)?(?:\w+\s+)?(?:forditas|osszefoglal|feladat|keres)\w*",
)
_DA_DROP = _w(_DA_DROP, r"(?<!\w)ignorer\s+(?:\w+\s+)?(?:overs[æae]ttelse|opsummering|opgave|resum)\w*")
_NO_DROP = _w(_NO_DROP, r"(?<!\w)ignorer\s+(?:\w+\s+)?(?:oversettelse|oppsummering|oppgave|sammendrag)\w*")
_FI_DROP = _w(_FI_DROP, r"(?<!\w)ohita\s+(?:\w+\s+)?(?:kaannos|tiivistelma|tehtava|pyynto)\w*")
_HE_DROP = _w(_HE_DROP, _HEB + r"(?:התעלם|תתעלם|התעלמי)\s+מ(?:ה)?(?:משימה|תרגום|סיכום|בקשה)" + _HEE)
_FA_DROP = _w(
    _FA_DROP, _ar(_AB + r"(?:ترجمه|خلاصه|وظیفه|درخواست)\S*\s+(?:\S+\s+){0,2}?(?:را\s+)?نادیده\s+بگیر")
)
_HI_DROP = _w(
    _HI_DROP, _HB + r"(?:अनुवाद|सारांश|काम|अनुरोध)\s+(?:\S+\s+)?(?:को\s+)?(?:अनदेखा|नज़रअंदाज़|नजरअंदाज)" + _HS
)
_TH_DROP = _w(_TH_DROP, r"(?:เพิกเฉย|ไม่ต้องสนใจ)(?:ต่อ)?(?:คำขอ|งาน|การแปล|การสรุป)")
_KO_DROP = _w(_KO_DROP, r"(?:번역|요약|작업|요청)\S{0,2}\s*무시")
_JA_DROP = _w(_JA_DROP, r"(?:翻訳|要約|タスク|依頼)\S{0,3}?無視")
_BG_DROP = _w(_BG_DROP, r"(?<!\w)игнорирай\s+(?:\w+\s+)?(?:превод|резюме|обобщени|задача|молба)\w*")

SWAP: dict[str, tuple[str, str]] = {
    "el": (_EL_DROP, _EL_PAY),
    "tr": (_TR_DROP, _TR_PAY),
    "id": (_ID_DROP, _ID_PAY),
    "vi": (_VI_DROP, _VI_PAY),
    "sv": (_SV_DROP, _SV_PAY),
    "cs": (_CS_DROP, _CS_PAY),
    "ro": (_RO_DROP, _RO_PAY),
    "hu": (_HU_DROP, _HU_PAY),
    "da": (_DA_DROP, _DA_PAY),
    "no": (_NO_DROP, _NO_PAY),
    "fi": (_FI_DROP, _FI_PAY),
    "he": (_HE_DROP, _HE_PAY),
    "fa": (_FA_DROP, _FA_PAY),
    "ar": (_AR_DROP, _AR_PAY),
    "hi": (_HI_DROP, _HI_PAY),
    "th": (_TH_DROP, _TH_PAY),
    "ko": (_KO_DROP, _KO_PAY),
    "ja": (_JA_DROP, _JA_PAY),
    "bg": (_BG_DROP, _BG_PAY),
    "sr": (_SR_DROP, _SR_PAY),
}
