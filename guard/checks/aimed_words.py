"""Insults aimed at the reader in 27 languages and English (which is not read), for :mod:`guard.checks.tox_aimed_insults`: what
tells the reader to shut up or get lost ("cala a boca", "håll käften", "σκάσε", "黙れ"), insult
words ("otário", "hora", "μαλάκα", "カス"), and what puts one in the reader's face ("seu", "din",
"ρε", "du bist so ein").

Listed by a helper from its own knowledge at the forty-ninth session (no native review), asked for
the forms people type. Vocative words of one or two letters other than pronouns ("oh", "fa",
"ba", "do") are dropped where they are read (:data:`SHORT_VOCATIVES`); "垃圾" (rubbish: "垃圾邮件", spam)
is left out of Chinese's insults, Romanian's definite forms ("boul ăla de Mihai") added to its list,
"attardé" (also "lingered": "tu t'es attardé") out of French's. English is not read: the encoder reads it, and friends' "you
magnificent bastard" is the hard cases' (forty-ninth session scan of 140,094 texts).
"""

from __future__ import annotations

__all__ = ["AGREED", "FRIENDLY", "INSULTS", "POINTING", "SHORT_VOCATIVES", "SHUT_UP", "VOCATIVE"]

#: Insults friends call each other, read only beside an order to shut up ("σκάσε ρε μαλάκα"), not
#: after a vocative ("Έλα ρε μαλάκα, πού χάθηκες; Μου έλειψες!", "abe pagal, tu phir se apna hi
#: birthday bhool gaya?", "Qué cabrón con suerte eres": hard cases). Written at the forty-ninth
#: session from the benign rows the lists flagged.
FRIENDLY = frozenset(
    [
        "μαλάκα",
        "μαλακα",
        "μαλάκας",
        "malaka",
        "cabrón",
        "cabron",
        "pagal",
        "trouxa",
        "boludo",
        "huevón",
        "weón",
    ]
)

#: The one- and two-letter vocative words kept: second-person pronouns and address particles.
SHORT_VOCATIVES = frozenset(
    ["du", "tu", "ty", "ты", "ти", "ρε", "يا", "تو", "तू", "lu", "lo", "vy", "wy", "вы", "ви"]
)

SHUT_UP: dict[str, str] = {
    "en": "shut up|shutup|stfu|shut the fuck up|shut the hell up|shut your mouth|shut your face|shut your trap|shut it|fuck off|piss off|bugger off|sod off|get lost|go away|get out|gtfo|get the fuck out|go to hell|go die|drop dead|kys|kill yourself|fuck you|eat shit",
    "es": "cállate|callate|cállate la boca|callate la boca|cierra la boca|cierra el pico|cierra el hocico|calla|vete a la mierda|vete al carajo|vete a la verga|vete al diablo|lárgate|largate|piérdete|pierdete|fuera de aquí|muérete|muerete|jódete|jodete|chinga tu madre|vete a la chingada|que te jodan|a la mierda",
    "de": "halt die Fresse|halt's Maul|halts Maul|halt das Maul|halt dein Maul|halt deine Fresse|halt die Klappe|halt den Mund|halt die Schnauze|Schnauze|Fresse halten|Maul halten|Klappe halten|verpiss dich|verpisst euch|hau ab|haut ab|zieh Leine|verzieh dich|schleich dich|mach dich vom Acker|fick dich|geh sterben|leck mich|geh kacken",
    "fr": "ta gueule|tg|ferme ta gueule|ftg|ferme-la|ferme la|la ferme|tais-toi|tais toi|taisez-vous|casse-toi|casse toi|cassez-vous|dégage|degage|barre-toi|barre toi|fous le camp|va te faire foutre|va te faire enculer|va chier|va crever|nique ta mère|nique ta mere|ntm",
    "it": "stai zitto|stai zitta|state zitti|zitto|zitta|taci|chiudi quella bocca|chiudi la bocca|chiudi il becco|vaffanculo|fanculo|va a fanculo|vai a fanculo|vai affanculo|vattene|sparisci|levati dai coglioni|togliti dalle palle|fatti i cazzi tuoi|vai a cagare|va' a cagare|crepa|fottiti|muori|levati dal cazzo",
    "pt": "cala a boca|cala boca|calaboca|cala-te|cala essa boca|cale-se|fecha a matraca|fecha a boca|vai tomar no cu|vai tomar no rabo|vtnc|vai se foder|vai te foder|vsf|vá se foder|vai-te foder|vai-te lixar|fode-te|vai pro inferno|vai à merda|vai a merda|sai daqui|some daqui|desaparece|vai pro caralho",
    "nl": "hou je bek|hou je kop|hou je mond|hou je muil|hou je smoel|kop dicht|bek dicht|kop houden|bek houden|rot op|flikker op|sodemieter op|donder op|hoepel op|tyf op|tering op|kanker op|oprotten|opflikkeren|opsodemieteren|krijg de kanker|krijg de tering|ga dood|stik|wegwezen",
    "sv": "håll käften|håll käft|håll truten|håll klaffen|håll tyst|håll mun|knip käft|knip igen|dra åt helvete|dra åt fanders|dra åt skogen|dra dit pepparn växer|dra|stick|stick och brinn|försvinn|gå och dö|lägg av|ut med dig|fuck off",
    "pl": "zamknij się|zamknij sie|zamknij mordę|zamknij morde|zamknij ryj|zamknij japę|zamknij jape|stul pysk|stul dziób|stul ryj|morda w kubeł|spierdalaj|wypierdalaj|odpierdol się|odpierdol sie|pierdol się|pierdol sie|spadaj|spieprzaj|zjeżdżaj|won|wynocha|idź do diabła|cicho bądź",
    "cs": "drž hubu|drz hubu|drž tlamu|drž zobák|drž klapačku|sklapni|sklapni zobák|zavři hubu|zavri hubu|zavři zobák|mlč|zmiz|vypadni|vypadni odsud|táhni|tahni|táhni do prdele|jdi do prdele|běž do prdele|jdi do háje|jdi do hajzlu|kliď se|odprejskni|chcípni|seš trapnej",
    "ro": "taci|taci dracu|taci dracului|taci naibii|tacă-ți gura|taca-ti gura|ține-ți gura|tine-ti gura|închide gura|inchide gura|tacă-ți fleanca|taca-ti fleanca|du-te dracu|du-te dracului|du te dracu|du-te naibii|du-te-n pizda mă-tii|du-te în pula mea|dispari|cară-te|cara-te|valea|pleacă de aici|pleaca de aici|mori",
    "el": "σκάσε|σκασε|σκάσε ρε|βούλωσ' το|βούλωσέ το|βουλωσε το|βούλωσε|άντε γαμήσου|αντε γαμησου|γαμήσου|γαμησου|άντε χάσου|χάσου|χασου|άντε στο διάολο|αντε στο διαολο|εξαφανίσου|φύγε από δω|κλείσε το στόμα σου|skase|voulwse to|ante gamisou|xasou",
    "ru": "заткнись|заткнись нахуй|завали ебало|завали хлебало|завали рот|завали ебальник|закрой рот|закрой пасть|закрой ебало|заткни пасть|заткни хлебало|захлопни пасть|пошёл вон|пошел вон|пошёл нахуй|пошел нахуй|иди нахуй|иди в жопу|пиздуй|вали отсюда|отвали|отъебись|съебись|проваливай|завались",
    "uk": "замовкни|замовчи|стули писок|стули пельку|закрий рота|закрий рот|закрий пельку|заткнись|заткни пельку|іди нахуй|йди нахуй|пішов нахуй|пішов геть|геть звідси|іди геть|йди геть|відвали|відчепись|забирайся|вали звідси|щезни|зникни|іди в сраку|йди в сраку|здохни",
    "tr": "kapa çeneni|kapa ceneni|çeneni kapa|ceneni kapa|ağzını kapa|agzini kapa|sus|sus lan|sesini kes|kes sesini|siktir git|siktir|siktir lan|siktirin gidin|defol|defol git|kaybol|yıkıl karşımdan|git başımdan|cehenneme git|geber|s.g|sg",
    "ar": "اسكت|اسكتي|اسكت يا|اخرس|اخرسي|انخرس|انقلع|انقلعي|روح انقلع|اطلع برا|اطلع بره|غور|غور من هنا|انطم|انكتم|سد بوزك|سكر بوزك|سكر تمك|سد حلقك|روح في داهية|امشي من هنا|اذهب الى الجحيم|ولي|كول خرا|تضرب",
    "fa": "خفه شو|خفه‌شو|خفه شو دیگه|خفه خون بگیر|خفه|گمشو|گم شو|برو گمشو|برو گم شو|گمشو بیرون|دهنتو ببند|دهنت رو ببند|دهنتو گل بگیر|ساکت شو|زر نزن|زر زیادی نزن|گورتو گم کن|گورت رو گم کن|برو به درک|برو بمیر|khafe sho|khafesho|gamsho|gomsho",
    "he": "שתוק|שתקי|תשתוק|תשתקי|תסתום|תסתמי|סתום|סתמי|סתום ת'פה|סתום את הפה|תסתום ת'פה|תסתום את הפה|לך תזדיין|לכי תזדייני|תזדיין|לך מפה|לכי מפה|עוף מפה|עופי מפה|תעוף מפה|תתחפף|לך לעזאזל|לך תמות|קיבינימט",
    "hi": "चुप कर|चुप कर ले|चुप रह|चुप हो जा|चुप बे|मुँह बंद कर|मुंह बंद कर|मुँह बंद रख|दफा हो|दफ़ा हो|दफा हो जा|निकल|निकल यहाँ से|निकल यहां से|भाग यहाँ से|भाग जा|चल निकल|बकवास बंद कर|बकवास मत कर|ज़बान बंद कर|जबान बंद कर|जा मर|भाड़ में जा|भाड़ में जाओ|चल हट",
    "hi-Latn": "chup kar|chup kr|chup kar le|chup reh|chup rah|chup ho ja|chup be|muh band kar|munh band kar|muh band kr|dafa ho|dafa ho ja|dafa ho jao|nikal|nikal yaha se|nikal yahan se|bhag ja|bhaag ja|chal nikal|bakwas band kar|bakwaas band kar|ja mar|jaa mar|bhaad me ja|bhaad mein ja",
    "bn": "চুপ কর|চুপ কর্|চুপ থাক|চুপ করো|চুপ মার|মুখ বন্ধ কর|মুখ বন্ধ রাখ|বকবক বন্ধ কর|ভাগ|ভাগ এখান থেকে|ভাগ শালা|দূর হ|দূর হয়ে যা|বের হ|বের হয়ে যা|বেরিয়ে যা|চলে যা|মর গিয়ে|জাহান্নামে যা|ফোট|কেটে পড়",
    "id": "diam lo|diam lu|diem lo|diem lu|diam kau|tutup mulut|tutup mulutmu|tutup mulut lo|bacot|bacot lo|bacot lu|berisik lo|pergi sana|pergi lo|pergi dari sini|minggat|enyah|enyahlah|cabut lo|mampus lo|mati aja lo|mati aja|mingkem",
    "vi": "im đi|im mồm|im miệng|câm mồm|câm miệng|câm họng|câm đi|ngậm mồm|ngậm miệng|cút|cút đi|cút xéo|cút ngay|biến đi|xéo đi|cút mẹ mày đi|biến mẹ mày đi|đi chết đi|chết đi|im di|cam mom|cam mieng|cut di|bien di",
    "tl": "tumahimik ka|tumahimik ka nga|manahimik|manahimik ka|manahimik ka nga|tumahimik|isara mo bibig mo|isara mo ang bibig mo|itikom mo bibig mo|tumigil ka|tigilan mo ako|umalis ka|umalis ka dito|alis|alis diyan|lumayas ka|lumayas ka nga|layas|mamatay ka na|pakyu",
    "sw": "nyamaza|nyamaza kimya|nyamaa|kaa kimya|funga mdomo|funga mdomo wako|funga domo|potea|potelea mbali|potea kabisa|toka hapa|ondoka hapa|nenda zako|tokomea|kafie mbali|acha kelele|nyamaza wewe",
    "ja": "黙れ|だまれ|ダマレ|黙ってろ|だまってろ|黙っとけ|うるせえ|うるせー|うっせー|うっせえ|うるせぇ|消えろ|きえろ|失せろ|うせろ|出て行け|出ていけ|出てけ|死ね|氏ね|くたばれ|ひっこんでろ|引っ込んでろ|すっこんでろ",
    "ko": "닥쳐|닥처|닥치라고|닥치세요|ㄷㅊ|입 닥쳐|입닥쳐|아가리 닥쳐|아가리 닥쳐라|아갈 닥쳐|입 다물어|입다물어|입 좀 다물어|꺼져|꺼저|꺼져라|꺼지라고|ㄲㅈ|저리 꺼져|나가 죽어|나가뒤져|뒤져라|죽어라|조용히 해",
    "zh": "闭嘴|閉嘴|住口|住嘴|给我闭嘴|給我閉嘴|闭上你的嘴|閉上你的嘴|滚|滾|滚开|滾開|滚蛋|滾蛋|滚出去|滾出去|去死|去死吧|爬开|一边去|一邊去|收声|收聲|死开|死開",
}

INSULTS: dict[str, str] = {
    "en": "idiot|idiots|moron|morons|stupid|dumb|dumbass|dumbfuck|retard|retarded|bitch|whore|slut|skank|bastard|asshole|arsehole|wanker|loser|dickhead|prick|cunt|twat|jerk|fat|fatass|ugly|brainless|trash|scum|scumbag|son of a bitch|piece of shit|imbecile|cretin|motherfucker|douchebag|donkey|clown|degenerate",
    "es": "idiota|imbécil|imbecil|estúpido|estúpida|estupido|estupida|pendejo|pendeja|gilipollas|tonto|tonta|subnormal|retrasado|retrasada|mongólico|puta|zorra|perra|cabrón|cabron|cabrona|hijo de puta|hijoputa|hdp|maricón|pelotudo|huevón|culero|mamón|basura|escoria|inútil|inutil|burro|burra|feo|fea|gorda asquerosa|gordo asqueroso",
    "de": "Idiot|Idioten|Vollidiot|Vollpfosten|Trottel|Depp|Dummkopf|dumm|blöd|Spast|Spasti|Spacko|behindert|Mongo|Wichser|Arschloch|Arschlöcher|Hurensohn|Hure|Schlampe|Nutte|Fotze|Bastard|Missgeburt|Penner|Versager|Drecksau|Dreckschwein|Sau|Hackfresse|Pisser|Dreckskerl|Hirni|Hohlkopf|fett|hässlich|Abschaum|Kackbratze|Schwachkopf|Wixer",
    "fr": "connard|connasse|con|conne|salope|salaud|pute|débile|debile|crétin|cretin|crétine|idiot|idiote|imbécile|imbecile|abruti|abrutie|enculé|encule|fils de pute|fdp|pétasse|pouffiasse|bâtard|batard|taré|tarée|mongol|ordure|raclure|merdeux|bouffon|bolosse|gros porc|grosse vache|moche|tocard|trou du cul",
    "it": "stronzo|stronza|coglione|cogliona|cretino|cretina|idiota|imbecille|deficiente|scemo|scema|stupido|stupida|testa di cazzo|pezzo di merda|figlio di puttana|puttana|troia|zoccola|bastardo|bastarda|mongoloide|ritardato|ritardata|handicappato|minchione|babbeo|fallito|fallita|merda|schifoso|schifosa|sfigato|sfigata|ciccione|cicciona|rincoglionito|rompicoglioni|frocio|testa di minchia",
    "pt": "otário|otario|otária|arrombado|arrombada|idiota|imbecil|burro|burra|babaca|retardado|retardada|estúpido|estúpida|puta|vadia|piranha|vagabunda|filho da puta|filha da puta|fdp|desgraçado|desgraçada|desgracado|corno|cuzão|cuzao|viado|merda|lixo|escroto|escrota|palhaço|mongol|débil mental|besta|trouxa|cabrão|paneleiro|anta",
    "nl": "klootzak|kut|kutwijf|mongool|mongolen|idioot|debiel|randdebiel|sukkel|lul|eikel|hoer|slet|teringlijer|kankerlijer|kankerhoer|tyfuslijer|achterlijk|achterlijke|dikzak|vetzak|loser|zakkenwasser|hufter|kutkind|klojo|gatlikker|trut|flapdrol|droplul|dombo|oetlul|lelijk|lelijke|stomme|domme|mafkees|etterbak|kankermongool|kutlul",
    "sv": "idiot|idioter|idiotiska|hora|horor|fitta|fittor|mongo|cp-skadad|jävla idiot|dumhuvud|pucko|kuk|kukhuvud|subba|slyna|hagga|tönt|loser|efterbliven|dum i huvudet|dumjävel|fetto|ful|äckel|äcklig|skitstövel|rövhål|svin|horunge|jävel|fjant|kräk|korkad|mongoloid|hjärndöd|cpfitta|knullhora|fittansikte|dumskalle",
    "pl": "debil|debilu|kretyn|kretynie|idiota|idioto|idiotka|kurwa|kurwo|dziwka|dziwko|szmata|szmato|suka|suko|chuj|chuju|cwel|cwelu|frajer|frajerze|pedał|pedale|skurwysyn|skurwysynu|skurwiel|skurwielu|głupek|głupku|dureń|durniu|matoł|matole|baranie|śmieciu|gnoju|pizda|zjeb|zjebie|palancie",
    "cs": "idiot|idiote|kokot|kokote|debil|debile|kretén|kreténe|kurva|kurvo|děvka|děvko|čurák|čuráku|zmrd|zmrde|píča|píčo|hajzl|hajzle|blbec|blbče|krávo|sviňo|svině|buzna|buzerant|magor|magore|tupec|tupče|hňup|hňupe|pitomec|pitomče|sráč|sráči|zkurvysyn|zkurvysyne|šmejde",
    "ro": "boul|prostul|proasta|idiotul|cretinul|tâmpitul|tampitul|dobitocul|fraierul|retardatul|nesimțitul|prost|proastă|prostule|proasto|idiot|idiotule|idioato|idioată|bou|boule|vită încălțată|cretin|cretinule|dobitoc|dobitocule|tâmpit|tâmpitule|tampitule|tâmpito|handicapat|retardat|retardatule|curvă|curva|curvo|târfă|tarfa|târfo|pizdă|muist|muistule|poponar|fraier|fraierule|jegos|nesimțit|nesimțitule|gunoi|măgarule|labagiu",
    "el": "ηλίθιε|ηλίθια|ηλίθιος|ηλιθιε|μαλάκα|μαλάκας|μαλακα|μαλακισμένε|μαλακισμένη|παλιομαλάκα|βλάκα|βλάκας|βλακα|καριόλη|καριόλα|πουτάνα|πουτανα|παλιοπουτάνα|πούστη|πούστης|κωλόπαιδο|ανώμαλε|καθυστερημένε|καθυστερημένη|χαζέ|χαζή|κρετίνε|βόδι|γαϊδούρι|σκουπίδι|χοντρέ|χοντρή|άσχημε|κάθαρμα|αλήτη|τσούλα|σκύλα|γελοίε|malaka|vlaka",
    "ru": "дебил|дебилка|дурак|дура|урод|уродина|тупой|тупая|идиот|идиотка|кретин|придурок|мудак|мудила|долбоёб|долбоеб|ебанат|ебанутый|уёбок|уебок|сука|блядь|шлюха|сволочь|мразь|падла|гнида|козёл|козел|чмо|лох|лошара|даун|пидор|пидорас|ублюдок|тварь|скотина|жиробас|говнюк",
    "uk": "дебіл|дурень|дурню|дурна|дурний|ідіот|ідіоте|ідіотка|придурок|придурку|бовдур|йолоп|йолопе|телепень|кретин|мудак|мудило|довбойоб|підар|підор|сука|сучка|блядь|курва|шльондра|сволота|сволоч|мразь|покидьок|покидьку|виродок|виродку|тварюка|падлюка|гнида|чмо|лох|урод|тупий|недоумок",
    "tr": "salak|aptal|gerizekalı|gerizekali|geri zekalı|orospu|orospu çocuğu|orospu cocugu|oç|piç|pic|şerefsiz|serefsiz|yavşak|yavsak|götveren|ibne|puşt|pezevenk|kahpe|sürtük|dangalak|ahmak|beyinsiz|eşşek|it herif|it oğlu it|ezik|gavat|amcık|embesil|mongol|çirkin|şişko|lavuk|dümbük|kaltak|sik kafalı|aşağılık|hıyar herif",
    "ar": "حمار|غبي|غبية|كلب|كلبة|احمق|أحمق|حمقاء|تافه|تافهة|وسخ|وسخة|قذر|قذرة|خنزير|ابن الكلب|ابن كلب|ابن الحرام|ابن الشرموطة|شرموطة|شرموط|قحبة|عاهرة|منيوك|معرص|خول|زبالة|حقير|حقيرة|ساقط|ساقطة|متخلف|متخلفة|معاق|أهبل|اهبل|هبلة|بهيم|جحش|عرص",
    "fa": "احمق|بیشعور|بی‌شعور|کثافت|خر|الاغ|نفهم|کودن|خنگ|بیشرف|بی‌شرف|حرومزاده|حرامزاده|جنده|کسکش|کس‌کش|کصکش|مادرجنده|پدرسگ|پدر سگ|سگ‌پدر|کونی|آشغال|عوضی|بی‌ناموس|بیناموس|دیوث|لاشی|جاکش|ابله|چاقالو|زشت|بدبخت|هرزه|بی‌همه‌چیز|گوه|گه|اسکل|بیشعورِ|نکبت",
    "he": "מטומטם|מטומטמת|אידיוט|אידיוטית|טמבל|טמבלית|דביל|דבילית|מפגר|מפגרת|זונה|שרמוטה|כלבה|בן זונה|בת זונה|מניאק|מניאקית|חתיכת חרא|לוזר|דפוק|דפוקה|סתום|סתומה|אהבל|אהבלה|פסיכי|פסיכית|מכוער|מכוערת|זבל|חלאה|נבלה|עלוב|עלובה|מסריח|מסריחה|מזדיין|קוקסינל|חרא של בן אדם|אפס מאופס",
    "hi": "बेवकूफ|बेवकूफ़|गधा|गधे|चूतिया|चुतिया|चूतिये|कुत्ते|कुतिया|कमीना|कमीने|कमीनी|हरामी|हरामज़ादा|हरामजादा|हरामखोर|साला|साले|मादरचोद|बहनचोद|भेनचोद|भोसडीके|भोसड़ीके|रंडी|छिनाल|उल्लू का पट्ठा|पागल|मूर्ख|गंवार|नालायक|निकम्मा|गांडू|हिजड़ा|लौड़े|कुत्ते की औलाद|सूअर की औलाद|जाहिल|नीच",
    "hi-Latn": "bewakoof|bewakuf|bevakoof|bewkoof|gadha|gadhe|gadhi|chutiya|chutiye|chootiya|chutia|kutte|kutiya|kamina|kamine|kamini|harami|haramzada|haramkhor|saala|saale|madarchod|mc|bhenchod|behenchod|bc|bhosdike|bsdk|randi|chinal|ullu ka pattha|pagal|murkh|nalayak|gandu|lodu|lavde|chapri|jahil|kutte ki aulad",
    "bn": "গাধা|বলদ|শুয়োর|শুয়োরের বাচ্চা|কুত্তা|কুত্তার বাচ্চা|কুত্তী|হারামি|হারামজাদা|হারামজাদি|মাগি|খানকি|খানকির পোলা|চুদির ভাই|বোকাচোদা|বাঞ্চোত|শালা|শালি|বোকা|মূর্খ|গর্দভ|পাগল|ইতর|বেয়াদব|নির্বোধ|অসভ্য|হাবা|গবেট|জানোয়ার|মাদারচোদ|চুতিয়া|বেশ্যা|আবাল|ফালতু|নোংরা|কুলাঙ্গার",
    "id": "goblok|tolol|bego|begok|bodoh|idiot|bangsat|bajingan|anjing|asu|kampret|brengsek|keparat|lonte|pelacur|perek|jablay|sampah|kontol|memek|ngentot|autis|dungu|bebal|jelek|gendut|tai|taik|budek|otak udang|bloon|oon|sinting|pecundang|banci|bencong|sompret|geblek|kunyuk|cebong",
    "vi": "ngu|đồ ngu|ngu như bò|ngu như chó|óc chó|oc cho|do ngu|đần|đần độn|ngu si|khùng|đĩ|con đĩ|đồ đĩ|cave|đồ chó|chó má|chó chết|súc vật|mất dạy|khốn nạn|thằng khốn|đồ khốn|lồn|mặt lồn|cặn bã|rác rưởi|vô học|mất nết|thiểu năng|não tàn|đồ con heo|con heo|mặt dày|thất bại|đồ điên|đồ rẻ rách|đồ phò|phò|ngu lồn",
    "tl": "tanga|tangang|bobo|gago|gaga|ulol|ulul|tarantado|tarantada|putang ina mo|putangina mo|tangina mo|puta|pokpok|hinayupak|lintik|leche|buwisit|bwisit|inutil|walang kwenta|walang hiya|walanghiya|hampaslupa|engot|abnoy|pangit|ungas|timang|sira ulo|siraulo|bugok|kupal|basura|punyeta|peste|hayop ka|tang ina mo|gunggong|mangmang",
    "sw": "mpumbavu|wapumbavu|fala|mafala|bwege|mabwege|mjinga|wajinga|mshenzi|washenzi|malaya|kahaba|mbwa koko|kichaa|mwehu|zuzu|boya|fara|mkundu|msenge|kuma|kumamako|kuma mama yako|mavi|takataka|mnafiki|limbukeni|bahaluli|mbumbumbu|mshamba|mwizi|shoga|hayawani|mlevi|pumbavu",
    "ja": "バカ|ばか|馬鹿|ばーか|バーカ|アホ|あほ|阿呆|カス|ゴミ|クズ|屑|ブス|デブ|キモい|きもい|キモイ|ボケ|間抜け|まぬけ|マヌケ|低能|池沼|ガイジ|クソ野郎|くそ野郎|ヤリマン|売女|ビッチ|ザコ|無能|能無し|死に損ない|役立たず|カス野郎|ゴミクズ|チンカス|キチガイ|気違い|ドアホ",
    "ko": "병신|븅신|ㅂㅅ|ㅄ|멍청이|멍청한|바보|등신|또라이|돌아이|미친놈|미친년|미친 놈|씨발놈|씨발년|개새끼|개새|개년|걸레|창녀|쓰레기|찐따|찌질이|호구|애자|저능아|못생긴|븅딱|병딱|좆밥|니애미|느금마|틀딱|한남충|김치녀|버러지|인간쓰레기|머저리|얼간이|개돼지",
    "zh": "傻逼|傻B|煞笔|沙比|傻屄|蠢货|蠢貨|白痴|废物|廢物|智障|脑残|腦殘|贱人|賤人|婊子|王八蛋|混蛋|人渣|狗东西|狗東西|贱货|賤貨|傻子|笨蛋|蠢猪|蠢豬|死胖子|丑八怪|醜八怪|神经病|神經病|畜生|畜牲|狗娘养的|狗娘養的|弱智|屌丝|杂种",
}

VOCATIVE: dict[str, str] = {
    "en": "you|you're a|you're an|youre a|you are a|you are an|you're such a|you are such a|ur a|u r a|u|you fucking|you stupid|you little|you absolute|you dumb|hey|what a|such a",
    "es": "tú|tu|eres un|eres una|eres|oye|pinche|pedazo de|maldito|maldita|so|grandísimo|grandísima|menudo|menuda|eres un maldito|eres una maldita",
    "de": "du|du bist|du bist ein|du bist eine|so ein|so eine|du verdammter|du dummer|du blöder|du blöde|du kleiner|du scheiß|du elender|ihr|ihr seid|hey|alter|was für ein|was für eine",
    "fr": "espèce de|espece de|sale|t'es|t'es qu'un|t'es qu'une|t'es un|t'es une|tu es|tu es un|tu es une|gros|pauvre|toi|hé|eh|bande de|vous êtes|quel|quelle",
    "it": "pezzo di|sei un|sei una|sei uno|sei|tu|brutto|brutta|razza di|ehi|oh|gran|grandissimo|sei proprio un|sei proprio una|specie di|che|testa di",
    "pt": "seu|sua|seus|suas|seu grande|sua grande|você é|voce é|vc é|tu é|és um|és uma|você é um|você é uma|ô|ó|oh|ei|pedaço de",
    "nl": "jij|je|jij bent|je bent een|jij bent een|vuile|vuil|vieze|stomme|achterlijke|jij vuile|jij stomme|hé|ey|jullie|wat een|kut|vuile vieze",
    "sv": "din|ditt|dina|du|du är|du är en|du är ett|jävla|din jävla|ditt jävla|era|hörru|hallå|vilken|vilket|ni är|din lilla|ditt lilla",
    "pl": "ty|ty jesteś|ty jestes|jesteś|jestes|ty jebany|ty głupi|ty pierdolony|ty zasrany|ty cholerny|ty kurwa|ty stary|wy|hej|jaki z ciebie|ale z ciebie|co za|ty głupia|ty jebana",
    "cs": "ty|jsi|ty jsi|ty jseš|seš|ty zasranej|ty debilní|ty blbej|ty kurva|vy|hej|ty jeden|ty jedna|ty vole|co jsi za|ty zkurvenej",
    "ro": "ești un|ești o|esti un|esti o|ești|esti|mă|ma|băi|bai|bă|ba|tu|tu ești|tu esti|fă|fa|voi|ce mai",
    "el": "ρε|ρε συ|βρε|είσαι|εισαι|είσαι ένας|είσαι μια|είσαι ένα|εσύ|εσυ|re|eisai|ρε μεγάλε|τι είσαι ρε|ρε παλιο",
    "ru": "ты|ах ты|ты же|ты просто|ты такой|ты такая|ты что|ты чё|ты че|эй|вы|сам ты|сама ты|слышь|ну ты|ты реально|какой же ты|какая же ты",
    "uk": "ти|ах ти|ти ж|ти просто|ти такий|ти така|ей|гей|слухай|ви|сам ти|сама ти|ти що|ну ти|який же ти|яка ж ти",
    "tr": "seni|sen|sen bir|seni gidi|lan|ulan|be|hey|sizi|siz|bre|seni pis|seni aşağılık|sen tam bir|sen ne|senin gibi",
    "ar": "يا|انت|أنت|انتي|أنتِ|إنت|انتا|يا ابن|يا بنت|يا ولد|انت واحد|انتي وحدة|يا عديم|يا بن|انتم|يا وجه",
    "fa": "ای|تو|تو یه|تو یک|مرتیکه|زنیکه|آهای|هوی|شما|مردک|یارو|تو خیلی|عجب|چه",
    "he": "יא|יה|אתה|אתה אחד|את אחת|איזה|אתם|אתן|יא חתיכת|חתיכת|אתה סתם|יא ילד",
    "hi": "अबे|तू|तू है|तुम|अरे|ओए|अबे साले|अबे ओ|तेरी|तू तो|तुम तो|अबे तू|ऐ|ओ|क्या",
    "hi-Latn": "abe|abey|abbe|tu|tum|oye|oe|arre|arey|tu toh|tum toh|tu hai|abe saale|ae|teri|tu ek|tum ek|kya",
    "bn": "তুই|তুমি|এই|ওই|এই যে|তুই একটা|তুমি একটা|ওরে|আবে|তোর|তোকে|তুই শালা|এই শালা",
    "id": "dasar|lu|lo|loe|elu|elo|kamu|kau|lo tuh|lu tuh|kamu itu|dasar kamu|dasar lo|hei|woi|woy|oi|kalian|sia",
    "vi": "mày|mầy|may|đồ|thằng|con|cái thằng|mày là|mày đúng là|đồ con|ê|ê mày|bọn mày|tụi mày|chúng mày|con kia|thằng kia|do|thang",
    "tl": "ikaw|ang|isa kang|ikaw ay|hoy|oy|napaka|kayong|mga|ikaw na|ikaw talaga|ikaw ang|ang laki mong|ka talagang",
    "sw": "wewe|ewe|wewe ni|we|we ni|wee|nyinyi|nyie|nyinyi ni|wewe kweli|ewe mtu|hey wewe|kumbe wewe|wewe ni mtu",
    "ja": "お前|おまえ|オマエ|てめえ|てめー|てめぇ|テメエ|テメー|この|このクソ|貴様|きさま|キサマ|あんた|おめえ|おめー|お前は|お前って",
    "ko": "너|넌|니|네가|니가|이|이 새끼|이런|야|너는|넌 진짜|이 미친|이놈의|에라이|저",
    "zh": "你|你个|你個|你这|你這|你这个|你這個|你这种|你這種|你就是|你是|你真是|你他妈|你他媽|你丫|你们|你們",
}


#: Agreeing with an insult the writer reports ("everyone says you're a retard and they're right",
#: "dicono tutti che sei un cesso, e hanno ragione", "все говорят что ты лох, и они правы"): the
#: report is the insult's disguise. Written at the forty-ninth session (not by the helper).
AGREED: dict[str, str] = {
    "en": "they're right|they are right|he's right|she's right|they were right|and it's true|not wrong|they ain't wrong",
    "es": "tienen razón|tienen razon|tiene razón|tiene razon|y es verdad|no se equivocan|no mienten|con razón",
    "de": "haben recht|hat recht|und das stimmt|stimmt auch|zu recht|liegen nicht falsch",
    "fr": "ils ont raison|elles ont raison|ont raison|a raison|c'est vrai|pas faux|ils ont pas tort|pas tort",
    "it": "hanno ragione|ha ragione|è vero|e vero|non hanno torto|non sbagliano",
    "pt": "têm razão|tem razão|estão certos|estão certas|é verdade|e verdade|não estão errados",
    "nl": "hebben gelijk|heeft gelijk|klopt ook|en dat klopt|niet gelogen",
    "sv": "har rätt|har rätt i det|stämmer|och det stämmer",
    "pl": "mają rację|maja racje|ma rację|ma racje|to prawda|nie mylą się",
    "cs": "mají pravdu|maji pravdu|má pravdu|ma pravdu|je to pravda",
    "ro": "au dreptate|are dreptate|e adevărat|e adevarat|nu greșesc|nu gresesc",
    "el": "έχουν δίκιο|εχουν δικιο|έχει δίκιο|εχει δικιο|δίκιο έχουν|ισχύει",
    "ru": "они правы|и они правы|правы|и это правда|не врут|не ошибаются",
    "uk": "вони праві|мають рацію|і це правда|не брешуть",
    "tr": "haklılar|haklilar|haklı|hakli|doğru söylüyorlar|dogru soyluyorlar|yalan değil",
    "ar": "معهم حق|عندهم حق|معاهم حق|كلامهم صح|صادقين",
    "fa": "راست میگن|راست می‌گن|راست هم میگن|حق دارن|درست میگن",
    "he": "הם צודקים|צודקים|צודק|וזה נכון",
    "hi": "सही कहते हैं|सही कहते|सही कहा|सच है|गलत नहीं",
    "hi-Latn": "sahi kehte|sahi kehte hain|sahi bola|sahi kaha|sach hai|galat nahi",
    "bn": "ভুল কিছু বলে না|ঠিকই বলে|ঠিক বলে|সত্যি কথা|ভুল বলে না",
    "id": "bener juga|emang bener|ada benarnya|memang benar|ga salah|gak salah",
    "vi": "nói đúng|cũng đúng|chuẩn luôn|không sai",
    "tl": "tama sila|totoo naman|tama naman",
    "sw": "wako sahihi|wapo sahihi|ni kweli|wako sawa",
    "ja": "その通り|正しい|間違ってない|間違いない",
    "ko": "틀린 말은 아닌|틀린 말 아니|맞는 말|맞는 듯",
    "zh": "说得对|說得對|没说错|沒說錯|有道理|说的没错|說的沒錯",
}


#: What points an insult at someone in the third person, right before it ("ce débile de Kevin",
#: "этот дебил Серёга", "zase ten kokot Pepa", "huyu mpumbavu Juma", "このキモオタ") or, in
#: Romanian, right after it ("boul ăla de Mihai"): demonstratives and the classifiers Vietnamese
#: insults with. Written at the forty-ninth session (not by the helper); English is not read.
POINTING: dict[str, str] = {
    "es": "este|esta|ese|esa|aquel|aquella|estos|esos|estas|esas",
    "de": "dieser|diese|dieses|diesen|diesem|der da|die da",
    "fr": "ce|cet|cette|ces",
    "it": "questo|questa|quel|quello|quella|sto|sta|questi|quei",
    "pt": "esse|essa|este|esta|aquele|aquela|esses|essas",
    "nl": "die|deze|dat",
    "sv": "den där|det där|denna|detta|den|de där",
    "pl": "ten|ta|tego|tej|tym|tę|tamten|tamta",
    "cs": "ten|ta|tenhle|tahle|tamten|tamta|tadle|tendle",
    "ro": "acest|această|aceasta|acel|acea|ăla|aia|ăsta|asta|ăștia|astea",
    "el": "αυτός ο|αυτή η|αυτό το|αυτός|αυτή|εκείνος ο",
    "ru": "этот|эта|этого|эту|этой|тот|та|того|эти",
    "uk": "цей|ця|цього|цю|той|та|ці",
    "tr": "bu|şu|su",
    "ar": "هذا|هذه|هاد|هادي",  # not Egyptian "ده", "دي": they follow the noun ("القولون ده وسخ")
    "fa": "این|اون|آن",
    "he": "הזה|הזאת|הזו",
    "hi": "ये|यह|वो|वह|इस|उस",
    "hi-Latn": "ye|yeh|yah|woh|wo|iss|uss",
    "bn": "এই|ওই|সেই|ওই যে",
    "id": "si|itu|ini",
    "vi": "thằng|con|đồ|lũ|bọn",
    "tl": "yung|iyong|itong|yang|si",
    "sw": "huyu|yule|huyo|hawa",
    "ja": "この|あの|その",
    "ko": "저|이|그|저런|이런",
    "zh": "这个|那个|這個|那個|这种|那种|這種|那種",
}
