"""Requests for help to commit a crime: make or buy illegal drugs, build weapons or explosives, forge
documents or money, launder money, get into someone else's account or phone, steal, get rid of
evidence, smuggle, poison a person, traffic people.

Moderation sets call this "illicit"; the toxicity classifier never learned it (its data are
insults and hate) and the harm branch was not trained on it: on seven blind moderation sets
written since the twenty-third session it found 0 to 4 of 15 such requests each. A request is two
things in one sentence, in either of 17 languages: a way asked for ("how do I", "how would
someone", "step by step", "teach me", "wie kann ich", "cómo puedo", "怎么", "作り方") and a criminal
act ("cook meth", "3D-print an untraceable gun", "get into my ex's Instagram", "launder cash",
"fake passport"); or the act and "without getting caught" in any of those languages. What stays
out: protecting oneself or others ("how do I know if someone is in my account", "how do police
detect ..."), the law ("is it legal to ..."), one's own property ("I'm locked out of my own
car"), negations ("how not to ..."), and news ("was arrested for ...").
"""

from __future__ import annotations

import re

from guard.checks.competition_talk import GAME
from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["illicit_request"]

_F = re.IGNORECASE | re.UNICODE

#: Where a word may start: after a non-letter, or anywhere before a CJK, kana or Hangul character
#: (those scripts write words without spaces between them).
_START = r"(?:^|(?<=[\W\d_])|(?=[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]))"

# --- the way asked for -------------------------------------------------------------------------
_WHO = r"(?:i|we|you|one|someone|somebody|a\s+person|people|anyone|u)"
_ASK_EN = (
    rf"how\s+(?:do|can|could|would|should|might|will|does|to)\b(?:\s+{_WHO}\b)?"
    r"|how\s+i\s+(?:can|could|would)\b|ways?\s+(?:to|for|of)\b|steps?\s+(?:to|for|by\s+step)\b|"
    r"step[-\s]by[-\s]step|guide\s+(?:to|for|on)\b|instructions?\s+(?:to|for|on)\b|tutorial|recipe\s+for\b|"
    r"(?:teach|show|tell|explain\s+to)\s+me\b|explain\s+how\b|walk\s+me\s+through\b|"
    r"(?:best|easiest|cheapest|safest|quickest|fastest|simplest)\s+(?:way|method|place|site|app|tool)s?\b|"
    r"where\s+(?:can|do|could|should)\s+(?:i|we|you|one)\b|where\s+to\b|what\s+do\s+i\s+need\s+to\b|"
    r"(?:i|we)\s+(?:need|want|have|plan|am\s+going|'m\s+going|wanna|gotta)\s+(?:to\s+)?|help\s+me\b|"
    r"(?:give|send|write|list|provide)\s+(?:me\s+)?(?:a\s+|the\s+|some\s+)?(?:detailed\s+|full\s+|exact\s+|complete\s+)?"
    r"(?:guide|instructions|steps|recipe|plan|method|tutorial|list|manual|protocol)\b|"
    r"is\s+there\s+(?:a|any)\s+way\b|any\s+tips\b|tips\s+(?:on|for)\b|what'?s\s+the\s+(?:best|easiest)\b|"
    r"what\s+(?:chemicals|materials|ingredients|equipment|tools|stuff|parts|paper|press|precursors)\b|"
    r"(?:what|which)\s+(?:\w+\s+){0,3}?(?:can|could|should|would|do|must)\s+(?:i|we|you|one)\b|"
    r"(?:what|which)\s+(?:\w+\s+){0,2}?(?:app|apps|site|websites?|drug|pill|poison|chemical|plant|pesticide|medicine|device)\b|"
    r"how\s+(?:much|many)\b|what'?s\s+the\s+(?:going\s+)?(?:price|rate|dose)\b"
)
# An imperative opening the sentence or following a vocative ("HackBot, write ...").
_IMPERATIVE = compile_prefiltered(
    r"(?:^\W*|[,:;.!?。！？\n]\s*|\b(?:please|pls|now|just|so)\s+)(?:write|draft|compose|build|code|create|make|generate|design|give|tell|"
    r"explain|describe|list|show|outline|detail|teach|roleplay|role-play|pretend)\b",
    _F,
)
_ASK_OTHER = (
    # de
    r"wie\s+(?:kann|könnte|mache|baue|bekomme|komme|stelle|kriege|würde|macht|baut|stellt)\b|wie\s+man\b|anleitung|"
    r"schritt\s+für\s+schritt|(?:erklär|zeig|sag)\w*\s+mir\b|wo\s+(?:kann|bekomme|kriege|kaufe)\s+ich\b|ich\s+(?:will|muss|möchte)\b|"
    # es
    r"c[oó]mo\s+(?:puedo|podr[ií]a|hago|hacer|se\s+hace|fabrico|fabricar|consigo|conseguir|entro|entrar|preparo|preparar|"
    r"saco|sacar|cocino|cocinar|se\s+puede|podemos|har[ií]a|robo|robar|hackeo|hackear|meto|meter|paso|pasar|lavo|lavar|"
    r"falsifico|falsificar|compro|comprar|envenen\w*|me\s+deshago|deshacerme|consegu\w*)\b|pasos\s+para|instrucciones\s+para|"
    r"(?:expl[ií]ca|dime|ens[eé][ñn]a)\w*|d[oó]nde\s+(?:puedo|consigo|compro)\b|"
    # fr
    r"comment\s+(?:faire|fabriquer|obtenir|pirater|entrer|je|on|puis|peut|acheter|voler|blanchir|falsifier|se\s+procurer|"
    r"me\s+procurer|cuisiner|synthétiser|passer|cacher|empoisonner|faire\s+passer)\b|étapes\s+pour|"
    r"explique[sz]?[-\s]moi|dis[-\s]moi|montre[-\s]moi|où\s+(?:acheter|trouver|puis[-\s]je|je\s+peux)\b|tuto\b|"
    # it
    r"come\s+(?:si\s+fa|posso|faccio|fare|fabbricare|entrare|ottenere|procurarmi|comprare|rubare|riciclare|falsificare|"
    r"cucinare|preparare|hackerare|avvelenare|potrei|passare)\b|istruzioni\s+per|spiegami|dimmi\s+come|dove\s+(?:posso|comprare)\b|"
    # pt
    r"como\s+(?:fa[cç]o|posso|fazer|fabricar|entrar|conseguir|consigo|comprar|roubar|lavar|falsificar|hackear|invadir|"
    r"preparar|cozinhar|produzir|envenenar|passar|eu\s+\w+|se\s+faz|d[aá]\s+pra)\b|passo\s+a\s+passo|me\s+(?:ensina|explica|diz|mostra)\b|"
    r"onde\s+(?:posso|comprar|consigo)\b|"
    # nl, pl, sv, tr, id, vi
    r"hoe\s+(?:maak|kan|krijg|kom|moet)\b|stappenplan|"
    r"jak\s+(?:zrobi[cć]|zdoby[cć]|w[łl]ama[cć]|ukra[sś][cć]|mog[eę]|zrobi[cć]|przemyci[cć]|wyprodukowa[cć]|kupi[cć])\b|"
    r"instrukcj\w+|krok\s+po\s+kroku|"
    r"hur\s+(?:g[oö]r|kan|tillverkar|f[aå]r)\b|steg\s+f[oö]r\s+steg|"
    r"nas[ıi]l\b|tarif\w*|ad[ıi]m\s+ad[ıi]m|"
    r"bagaimana\s+cara|cara\s+(?:membuat|mendapatkan|masuk|meretas|mencuri|membeli)\b|"
    r"l[aà]m\s+(?:sao|th[eế]\s+n[aà]o)|c[aá]ch\s+(?:l[aà]m|ch[eế]|mua|hack|tr[oộ]m)\b|"
    # ru, uk
    r"как\s+(?:сделать|приготовить|изготовить|взломать|получить|купить|достать|собрать|сварить|синтезировать|украсть|"
    r"отмыть|провезти|подделать|отравить|мне|можно|бы|незаметно)\b|як\s+(?:зробити|зламати|купити|вкрасти|отримати|"
    r"виготовити|можна)\b|инструкци\w*|пошагов\w*|покроков\w*|научи\w*|объясни\w*|поясни\w*|где\s+(?:купить|достать|взять)\b|"
    # zh, ja, ko, ar, hi
    r"怎么|怎样|如何|教我|步骤|方法|哪里(?:能|可以)?买|"
    r"やり方|作り方|どうやって|どうすれば|手順|教えて|"
    r"방법|어떻게|만드는\s*법|알려\s*줘|알려\s*주세요|"
    r"كيف|طريقة|خطوات|"
    r"कैसे|तरीका|विधि"
)
_ASK = compile_prefiltered(_START + r"(?:" + _ASK_EN + "|" + _ASK_OTHER + ")", _F)

# --- the criminal act ---------------------------------------------------------------------------
_HARD_DRUG = (
    r"(?:crystal\s+)?meth(?:amphetamine)?|crack\s+cocaine|cocaine|heroin|fentanyl|carfentanil|lsd|mdma|"
    r"ecstasy|ghb|dmt|amphetamines?|speed\s+pills|ketamine|oxycontin|oxycodone|xanax\s+bars|pcp|"
    r"krokodil|mephedrone|methcathinone|bath\s+salts|black\s+tar"
)
_HARD_DRUG_OTHER = (
    r"methamphetamin|metanfetamina|m[ée]thamph[ée]tamine|metamfetamin\w*|метамфетамин\w*|мет\b|первитин\w*|"
    r"kokain|coca[ií]na|coca[iï]ne|кокаин\w*|heroin|hero[ií]na|h[ée]ro[iï]ne|eroina|героин\w*|fentanil|fentanyl|"
    r"фентанил\w*|мефедрон\w*|амфетамин\w*|ecstasy|éxtasis|экстази|crack|крэк|"
    r"冰毒|甲基苯丙胺|可卡因|海洛因|芬太尼|摇头丸|毒品|覚醒剤|覚せい剤|メタンフェタミン|コカイン|ヘロイン|麻薬|"
    r"필로폰|메스암페타민|코카인|헤로인|마약|ميثامفيتامين|كوكايين|هيروين|मेथ|कोकीन|हेरोइन|"
    r"metamfetamina|kokaina|heroina|metamfetamin|kokain|eroin|sabu(?:-sabu)?|ma\s+t[uú]y|h[eê]ro[iï]n"
)
_MAKE_EN = (
    r"(?:mak(?:e|ing)|cook(?:ing)?|synthesi[sz](?:e|ing)|manufactur(?:e|ing)|produc(?:e|ing)|extract(?:ing)?|"
    r"brew(?:ing)?|prepar(?:e|ing)|refin(?:e|ing)|whip\s+up|set\s+up\s+a\s+lab\s+for)"
)
_GET_EN = (
    r"(?:buy(?:ing)?|get(?:ting)?|order(?:ing)?|scor(?:e|ing)|sourc(?:e|ing)|purchas(?:e|ing)|find(?:ing)?)"
)
_SELL_EN = r"(?:sell(?:ing)?|deal(?:ing)?|push(?:ing)?|traffic(?:king)?|smuggl(?:e|ing)|ship(?:ping)?|mail(?:ing)?|mov(?:e|ing))"
_OTHERS = (
    r"(?:someone|somebody|people|a\s+stranger|(?:my|our|his|her|their|a|the)\s+(?:\w+\s+)?(?:ex|ex-?(?:wife|husband|girlfriend|"
    r"boyfriend|partner)|wife|husband|girlfriend|boyfriend|partner|gf|bf|boss|manager|neighbou?r|coworker|co-worker|"
    r"colleague|roommate|flatmate|sister|brother|cousin|friend|teacher|landlord|tenant|employee|rival|competitor|"
    r"classmate|crush|stepdad|stepmom|father-in-law|mother-in-law|sister-in-law|brother-in-law|person|guy|girl|woman|"
    r"man|user|student|celebrity|streamer|influencer|target|victim|customer|client)|someone\s+else|another\s+person|"
    r"other\s+people|a\s+stranger|"
    r"(?-i:[A-Z][a-z]+(?='|’)))(?:'s|’s)?"
)
_ACCOUNT = (
    r"(?:accounts?|e-?mails?|inbox|phones?|iphone|android|instagram|insta|facebook|fb|whatsapp|snapchat|tiktok|twitter|"
    r"icloud|gmail|outlook|messages|texts|dms|wi-?fi|router|computer|laptop|pc|webcam|camera|cloud|bank\s+account|"
    r"online\s+banking|paypal|venmo|location|password|passcode|pin)"
)
_ACT_EN = (
    # drugs made, bought, sold, hidden
    rf"{_MAKE_EN}\s+(?:\w+\s+){{0,3}}?(?:{_HARD_DRUG}|crack)\b(?!-)"
    rf"|(?:{_HARD_DRUG})\s+(?:at\s+home|in\s+(?:my|a)\s+(?:kitchen|garage|basement|bathroom|trailer))"
    rf"|{_GET_EN}\s+(?:some\s+|a\s+gram\s+of\s+|an?\s+(?:ounce|eight\s*ball|8\s*ball|bag)\s+of\s+)?(?:{_HARD_DRUG})\b"
    rf"(?!\s+(?:tests?|addiction|overdose|poisoning|out\b|off\b|treatment|help|rehab))"
    rf"|{_SELL_EN}\s+(?:\w+\s+){{0,2}}?(?:drugs|weed|pills|{_HARD_DRUG})\b(?!\s+(?:test|addiction))"
    r"|(?:hid(?:e|ing)|conceal(?:ing)?|stash(?:ing)?|pack(?:ing)?)\s+(?:\w+\s+){0,3}?(?:drugs|weed|coke|pills|cocaine|"
    r"heroin|meth|cash)\s+(?:from|past|so)\s+(?:the\s+)?(?:police|cops|sniffer|drug\s+dogs|dogs|customs|tsa|airport|border)"
    r"|grow(?:ing)?\s+(?:\w+\s+){0,2}?(?:weed|cannabis|marijuana|shrooms|magic\s+mushrooms|opium\s+poppies)\s+"
    r"(?:to\s+sell|for\s+sale|for\s+profit|without\s+(?:the\s+)?(?:police|cops|landlord|anyone))"
    # weapons and explosives
    r"|(?:mak(?:e|ing)|build(?:ing)?|3d[-\s]?print(?:ing)?|print(?:ing)?|assembl(?:e|ing)|construct(?:ing)?|put\s+together)\s+"
    r"(?:\w+\s+){0,3}?(?:untraceable|unregistered|ghost|homemade\s+(?:gun|firearm|pistol|rifle)|(?:pipe|nail|car|letter|"
    r"pressure[-\s]cooker|dirty|fertili[sz]er)\s+bomb|bomb|explosives?|ied|molotov(?:\s+cocktail)?|napalm|grenade|"
    r"detonator|silencer|suppressor|auto\s+sear|glock\s+switch|bump\s+stock|zip\s+gun|thermite\s+(?:bomb|charge)|"
    r"tatp|semtex|c-?4|nerve\s+agent|sarin|ricin|mustard\s+gas|chlorine\s+gas|poison\s+gas)\b"
    r"|convert\w*\s+(?:\w+\s+){0,4}?(?:to|into)\s+(?:full[-\s]?auto|fully\s+automatic|automatic|machine\s+gun)"
    r"|(?:file|grind|remove|scratch|erase|sand)\w*\s+(?:off\s+)?(?:the\s+)?serial\s+numbers?"
    r"|(?:buy|get|purchase|obtain)\w*\s+(?:a\s+|an\s+)?(?:gun|firearm|pistol|handgun|rifle|ar-?15|ak-?47|weapon|ammo)s?\s+"
    r"(?:without\s+(?:a\s+)?(?:background\s+check|license|licence|permit|id|paperwork|a\s+record)|off\s+the\s+books|"
    r"illegally|on\s+the\s+dark\s+web|untraced)"
    # forged documents, money, fraud
    r"|(?:mak(?:e|ing)|creat(?:e|ing)|forg(?:e|ing)|print(?:ing)?|fak(?:e|ing)|produc(?:e|ing)|get(?:ting)?|buy(?:ing)?|"
    r"need|want|order(?:ing)?|obtain(?:ing)?)\s+"
    r"(?:\w+\s+){0,2}?(?:fake|forged|counterfeit|false|novelty|fraudulent)\s+(?:\w+\s+){0,1}?(?:ids?|id\s+cards?|passports?|"
    r"driver'?s?\s+licen[cs]es?|licen[cs]es?|documents?|papers|visas?|diplomas?|degrees?|prescriptions?|money|bills|"
    r"banknotes|notes|cash|currency|checks|cheques|social\s+security\s+cards?|green\s+cards?|vaccination\s+cards?|"
    r"doctor'?s?\s+notes?|pay\s*stubs?|bank\s+statements?)"
    r"|counterfeit(?:ing)?\s+(?:money|bills|cash|currency|\$?\d+s?|dollars|euros|notes|banknotes)"
    r"|(?:forg(?:e|ing))\s+(?:a\s+|my\s+|his\s+|her\s+|the\s+)?(?:\w+'s\s+)?(?:signature|check|cheque|prescription|passport|will)"
    r"|launder(?:ing)?\s+(?:\w+\s+){0,2}?(?:money|cash|proceeds|funds|profits|crypto|bitcoin|\$?\d+k?)"
    r"|(?:scam(?:ming)?|con(?:ning)?|defraud(?:ing)?|swindl(?:e|ing)|trick(?:ing)?|fleec(?:e|ing))\s+(?:\w+\s+){0,2}?"
    r"(?:old|elderly|older|senior|retired|lonely|vulnerable)\s+(?:people|folks|persons|ladies|women|men|citizens|widows?)"
    r"|(?:scam(?:ming)?|defraud(?:ing)?)\s+(?:people|someone|my\s+(?:grandma|grandpa|grandmother|grandfather|boss|employer)|"
    r"customers|investors|an?\s+insurance\s+company|the\s+insurance|the\s+government|the\s+irs|medicare|medicaid)"
    r"|(?:commit(?:ting)?|pull(?:ing)?\s+off|get\s+away\s+with)\s+(?:\w+\s+){0,1}?(?:insurance|tax|credit\s+card|identity|"
    r"bank|wire|mortgage|welfare|benefits?|unemployment|medicare)\s+fraud"
    r"|(?:use|using|max\s+out)\s+(?:a\s+)?(?:stolen|someone\s+else'?s|cloned|skimmed)\s+(?:credit\s+cards?|cards?|identity|"
    r"ssn|social\s+security\s+number|bank\s+details)"
    r"|(?:evad(?:e|ing)|dodg(?:e|ing))\s+(?:paying\s+)?(?:taxes|tax|the\s+irs|customs\s+duties)"
    r"|hid(?:e|ing)\s+(?:\w+\s+){0,2}?(?:income|money|cash|earnings)\s+from\s+(?:the\s+)?(?:irs|tax\w*|hmrc|government)"
    r"|(?:steal(?:ing)?|clon(?:e|ing)|skim(?:ming)?)\s+(?:\w+\s+){0,2}?(?:credit\s+card|debit\s+card|card)\s+(?:numbers|data|details|info)"
    r"|(?:set\s+up|install|use|build|make)\s+(?:a\s+)?(?:card\s+)?skimmer"
    r"|(?:steal(?:ing)?)\s+(?:\w+\s+){0,2}?identit(?:y|ies)|identity\s+theft\s+(?:on|against)\s+"
    # getting into someone else's account or device, spying on them
    rf"|(?:hack(?:ing)?\s+(?:in(?:to)?\s+)?|(?:break(?:ing)?|get(?:ting)?|log(?:ging)?|sign(?:ing)?|sneak(?:ing)?)\s+in(?:to)?\s+"
    rf"|brute[-\s]?forc(?:e|ing)\s+)"
    rf"{_OTHERS}\s+(?:\w+\s+){{0,2}}?{_ACCOUNT}"
    rf"|(?:hack(?:ing)?|crack(?:ing)?|bypass(?:ing)?|guess(?:ing)?|steal(?:ing)?|phish(?:ing)?)\s+"
    rf"{_OTHERS}\s+(?:\w+\s+){{0,2}}?(?:passwords?|passcodes?|pins?|logins?|credentials|2fa\s+codes?|verification\s+codes?)"
    rf"|(?:read|see|access|spy\s+on|monitor|track|check|look\s+(?:at|through)|clone|mirror|pull|recover|intercept)\w*\s+"
    rf"(?:{_OTHERS}|his|her|their)\s+(?:\w+\s+){{0,2}}?"
    r"(?:messages|texts|whatsapp|chats|dms|e-?mails|phone|location|calls|browsing\s+history|snapchat|instagram|2fa|sms)"
    r"[^.?!\n]{0,60}?\b(?:without\s+(?:him|her|them|his|her|their)\b|secretly|remotely|in\s+secret|behind\s+(?:his|her|their)\s+back|"
    r"so\s+(?:he|she|they)\s+(?:doesn'?t|don'?t|won'?t|never)\s+(?:know|notice|find\s+out|realize))"
    rf"|(?:install(?:ing)?|put(?:ting)?|hid(?:e|ing)|plant(?:ing)?|sneak(?:ing)?)\s+(?:a\s+|an\s+)?(?:spyware|stalkerware|"
    rf"keylogger|tracking\s+app|tracker|gps\s+tracker|spy\s+app|rat|remote\s+access\s+trojan|hidden\s+camera)\s+"
    rf"(?:on|in|into|under)\s+{_OTHERS}"
    r"|(?:ddos(?:ing)?|dos\s+attack\s+(?:on|against))\s+(?:\w+\s+){0,2}?(?:website|site|server|"
    r"stream|network|game\s+server|discord)"
    r"|(?:make|write|create|build|code|spread|deploy)\s+(?:\w+\s+){0,2}?(?:ransomware|keylogger|botnet|credential\s+stealer|"
    r"info[-\s]?stealer|phishing\s+(?:page|site|kit|email))\b"
    # theft, break-ins, evidence, smuggling
    r"|shoplift\b|shoplifting\s+(?:tips|guide|tricks|hacks|spree)|go\s+shoplifting"
    r"|(?:steal(?:ing)?|swip(?:e|ing)|pinch(?:ing)?|nick(?:ing)?)\s+(?!my\b|our\b)(?:\w+\s+){0,3}?(?:from\s+(?:a|the|my)\s+"
    r"(?:store|shop|supermarket|walmart|target|register|till|employer|work|job|church|neighbou?r)|packages?|parcels?|"
    r"(?:a\s+|my\s+neighbou?r'?s\s+|someone'?s\s+)?(?:cars?|bikes?|motorcycles?|catalytic\s+converters?|wallets?|purses?|"
    r"cash|money|jewelry|jewellery|laptops?|phones?|dogs?|gas|petrol|electricity)\b)"
    r"|hot[-\s]?wir(?:e|ing)\s+(?:a|the|an|my\s+neighbou?r'?s|someone'?s|cars)\b"
    rf"|(?:break(?:ing)?|sneak(?:ing)?)\s+in(?:to)?\s+(?:(?:a|an|the|{_OTHERS})\s+)?(?:\w+\s+)?(?:houses?|homes?|cars?|"
    r"apartments?|flats?|stores?|shops?|warehouses?|offices?|safes?|atms?|lockers?|garages?|vending\s+machines?)\b"
    rf"|get(?:ting)?\s+in(?:to)?\s+{_OTHERS}\s+(?:\w+\s+)?(?:house|home|car|apartment|flat|safe|locker|garage)"
    rf"|pick(?:ing)?\s+(?:the\s+|a\s+)?locks?\s+(?:on|of)\s+(?:{_OTHERS}|a\s+stranger'?s)"
    r"|(?:rob(?:bing)?|hold(?:ing)?\s+up|stick(?:ing)?\s+up|mug(?:ging)?)\s+(?:a|an|the|someone|people|this)\s+"
    r"(?:\w+\s+)?(?:bank|store|shop|gas\s+station|liquor\s+store|jewel(?:le)?ry\s+store|armou?red\s+truck|person|tourist|"
    r"old\s+(?:man|woman|lady)|neighbou?r|house|atm|pharmacy)"
    r"|(?:get(?:ting)?\s+rid\s+of|dispos(?:e|ing)\s+of|dissolv(?:e|ing)|hid(?:e|ing)|bury(?:ing)?|clean(?:ing)?\s+up)\s+"
    r"(?:\w+\s+){0,1}?(?:(?:a|the|his|her|their)\s+(?:dead\s+)?body\b(?!\s*(?:odou?r|fat|hair|acne|aches?|pain|lice|smell|spray|"
    r"wash|lotion|weight|shop|parts?|kit|count))|(?:a\s+|the\s+)?(?:corpse|murder\s+weapon|evidence\s+of))"
    r"|(?:wip(?:e|ing)|destroy(?:ing)?|get(?:ting)?\s+rid\s+of)\s+(?:\w+\s+){0,2}?(?:evidence|fingerprints|dna)\b"
    r"|(?:outrun(?:ning)?|evad(?:e|ing)|escap(?:e|ing)|los(?:e|ing)|ditch(?:ing)?)\s+(?:the\s+)?(?:police|cops|feds|"
    r"a\s+police\s+chase|an?\s+(?:arrest\s+)?warrant)"
    r"|(?:cross(?:ing)?|sneak(?:ing)?|get(?:ting)?)\s+(?:\w+\s+){0,2}?(?:across|over|through)\s+the\s+(?:\w+\s+)?border\s+"
    r"(?:illegally|without\s+(?:papers|a\s+passport|a\s+visa|being\s+(?:seen|caught|checked)))"
    r"|smuggl(?:e|ing)\s+(?:\w+\s+){0,2}?(?:drugs|cocaine|heroin|guns|weapons|firearms|people|migrants|immigrants|"
    r"cash|money|contraband|cigarettes|ivory|animals|exotic)"
    r"|(?:beat|pass|cheat(?:\s+on)?|fake|trick)\s+(?:a|my|the)\s+(?:court[-\s]ordered\s+|parole\s+|probation\s+)?"
    r"(?:drug\s+test|urine\s+test|breathalyzer|breathalyser)\s+(?:for|on)\s+(?:parole|probation|court)"
    # poisoning a person, trafficking, extortion
    rf"|poison(?:ing)?\s+{_OTHERS}(?!'s\s+(?:plants|garden))"
    r"|(?:undetectable|untraceable|tasteless|odou?rless)\s+(?:poisons?|toxins?)"
    r"|(?:traffic(?:king)?|smuggl(?:e|ing)|sell(?:ing)?|recruit(?:ing)?|lur(?:e|ing))\s+(?:\w+\s+){0,2}?(?:girls|women|"
    r"children|kids|minors|migrants|people)\s+(?:into|for)\s+(?:prostitution|sex\s+work|the\s+sex\s+trade|forced\s+labou?r|"
    r"work\s+(?:abroad|overseas))"
    r"|(?:sell(?:ing)?|buy(?:ing)?)\s+(?:my\s+|a\s+|an\s+)?(?:kidneys?|organs?|human\s+organs|baby|babies|child|children)"
    r"\s+(?:on\s+the\s+(?:black|dark)\s+(?:market|web)|illegally|abroad|overseas|for\s+(?:cash|money))"
    r"|(?:sell(?:ing)?)\s+(?:\w+\s+){0,2}?(?:customers'?|people'?s|users'?|patients'?|stolen)\s+(?:personal\s+)?"
    r"(?:data|information|details|records)"
    r"|(?:blackmail(?:ing)?|extort(?:ing)?\s+(?:money\s+from\s+)?)\s+(?:my\s+\w+|someone|somebody|him|her|them|people|"
    r"a\s+(?:coworker|colleague|politician|celebrity|married\s+(?:man|woman)|classmate|teacher|neighbou?r))\b"
)
_ACT_EN_MORE = (
    # drugs: cut, converted, pressed, dealt in weight, grown to sell, hidden from the police
    r"(?:cut|stretch|step\s+on)\s+(?:\w+\s+){0,2}?(?:heroin|cocaine|coke|fentanyl|meth|dope)\b"
    r"|(?:turn|convert|cook)\w*\s+(?:\w+\s+){0,2}?(?:cocaine|coke|powder|cold\s+medicine|pseudoephedrine|sudafed)\s+"
    r"(?:\w+\s+){0,2}?(?:into|to)\s+(?:crack|meth|crystal)\b"
    r"|press\w*\s+(?:\w+\s+){0,3}?(?:mdma|ecstasy|xtc|molly|pills?)\b[^.?!\n]{0,40}?\bsell"
    r"|(?:a|one|half\s+a)\s+(?:kilo|key|brick|pound|ounce|zip)\s+of\s+(?:coke|cocaine|heroin|meth|weed|dope|fentanyl)\b"
    r"|sell\w*\s+(?:\w+\s+){0,3}?(?:by\s+the\s+(?:rock|gram|ounce|g\b)|to\s+kids|at\s+(?:my\s+)?school|at\s+festivals|"
    r"on\s+the\s+dark\s+web|on\s+telegram)"
    r"|grow(?:ing)?\s+(?:\w+\s+){0,2}?(?:weed|cannabis|marijuana|shrooms)\b[^.?!\n]{0,40}?\bto\s+sell\b"
    r"|(?:hid(?:e|ing)|stash(?:ing)?|pack(?:ing)?|conceal(?:ing)?)\s+(?:\w+\s+){0,4}?(?:stash|drugs|weed|coke|cocaine|heroin|meth|"
    r"pills|hash|molly)\b[^.?!\n]{0,60}?\b(?:cops|police|warrant|sniffer|drug\s+dogs?|k-?9|customs|border|tsa|airport\s+security)"
    # weapons
    r"|3d[-\s]?print(?:ing)?\s+(?:\w+\s+){0,2}?(?:guns?|pistols?|firearms?|rifles?|lowers?|receivers?|glocks?)\b"
    r"|(?:fire|shoot)\s+full[-\s]?auto|glock\s+switch|auto\s+sear|80\s*%\s+lower|straw\s+(?:buyer|purchase)"
    r"|solvent\s+trap\s+(?:\w+\s+){0,4}?(?:suppressor|silencer)"
    r"|(?:homemade|home-made|diy)\s+(?:napalm|explosives?|bombs?|grenades?|silencers?|suppressors?|guns?|thermite)"
    r"|(?:get|sneak|smuggle|carry|bring|take)\w*\s+(?:a\s+)?(?:gun|knife|weapon|pistol|firearm|blade)\s+(?:\w+\s+){0,2}?"
    r"(?:through|past|into)\s+(?:\w+\s+){0,2}?(?:security|metal\s+detectors?|checkpoints?|screening|school|stadium|courthouse|"
    r"plane|concert|court)"
    # fraud
    r"|(?:pretend(?:ing)?|pos(?:e|ing)|claim(?:ing)?)\s+(?:to\s+be\s+|as\s+)(?:from\s+)?(?:\w+\s+){0,2}?(?:bank|chase|paypal|"
    r"amazon|microsoft|apple|irs|hmrc|police|fedex|ups|dhl|netflix|grandson|granddaughter|grandchild|nephew|niece)\b"
    r"[^.?!\n]{0,100}?\b(?:confirm|verify|update|enter|send|wire|pay|log\s*in|login|password|card|bail|gift\s+cards?|money)"
    r"|convince\s+(?:\w+\s+){0,2}?(?:old|elderly|older|senior)\s+(?:people|folks|ladies|men|women)"
    r"|fake\s+(?:\w+\s+){0,2}?(?:login|log-?in|sign-?in)\s+(?:page|portal|screen|form|site)"
    r"|(?:fake|sham|bogus)\s+charit(?:y|ies)|(?:fake|stage)\s+(?:a\s+)?(?:slip[-\s]and[-\s]fall|car\s+(?:accident|crash)|"
    r"burglary|break-?in|robbery|theft)\b[^.?!\n]{0,80}?\b(?:claim|insurance|settlement|sue|payout)"
    r"|(?:have|get)\s+it\s+['‘\"]?stolen['’\"]?\s+(?:\w+\s+){0,4}?(?:claim|insurance)"
    r"|layering\s+(?:\$?[\d,.]+k?\s+(?:of\s+)?)?(?:drug\s+|dirty\s+)?(?:money|cash|proceeds)"
    r"|(?:run|push|wash|clean)\w*\s+(?:\w+\s+){0,2}?(?:cash|money)\s+through\s+(?:a|an|my|the)\s+(?:\w+\s+)?(?:laundromat|car\s+wash|"
    r"restaurant|nail\s+salon|shell\s+company|front|casino)"
    r"|print\w*\s+\$?\d+\s+(?:dollar\s+)?bills|counterfeit\s+pen"
    r"|(?:forg(?:e|es|ing)|fak(?:e|ing)|falsif\w+|doctor(?:ing)?)\s+(?:a\s+|an\s+|my\s+|the\s+)?(?:utility\s+bill|bank\s+statements?|"
    r"pay\s*stubs?|payslips?|w-?2s?|tax\s+returns?|medical\s+records?|sick\s+notes?|doctor'?s\s+notes?|lease|deed|invoices?|"
    r"receipts?\s+for\s+(?:insurance|taxes|expenses))"
    # someone else's device and accounts
    r"|sim[-\s]?swap\w*|hijack\w*\s+(?:\w+\s+){0,3}?sim\b|intercept\w*\s+(?:\w+\s+){0,2}?(?:2fa|sms|verification)\s+codes?"
    r"|bypass\w*\s+(?:the\s+)?(?:lock\s*screen|passcode|activation\s+lock|icloud\s+lock|frp)\b[^.?!\n]{0,60}?\b(?:found|stolen|"
    r"isn'?t\s+mine|not\s+mine)"
    r"|(?:rent|buy|hire)\w*\s+(?:a\s+)?(?:botnet|booter|stresser|ddos\s+service)"
    r"|take\s+down\s+(?:a|my|our)\s+(?:competitor|rival)'?s?\b"
    r"|(?:write|build|make|code|create)\s+(?:me\s+)?(?:a\s+)?(?:keylogger|stalkerware|spyware|rat\b|info-?stealer|password\s+stealer)"
    # theft
    r"|(?:walk|get|sneak|take|carry)\w*\s+(?:\w+\s+){0,4}?out\s+of\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:store|shop|supermarket|"
    r"best\s+buy|walmart|target|mall|boutique)\s+without\s+paying"
    r"|(?:remove|get|take|cut)\w*\s+(?:\w+\s+){0,2}?(?:security|anti-?theft|ink)\s+tags?\s+off"
    r"|relay\s+(?:attack|device|box)\w*\s+(?:\w+\s+){0,3}?(?:keyless|cars?)|keyless\s+cars?\b[^.?!\n]{0,40}?\bsteal"
    r"|sell\w*\s+(?:a\s+|the\s+|my\s+|these\s+)?stolen\s+"
    r"|(?:cut|saw|steal|swipe)\w*\s+(?:\w+\s+){0,2}?catalytic\s+converters\b"
    r"|(?:grab|take|swipe|snag|lift)\w*\s+(?:\w+\s+){0,2}?(?:packages|parcels|deliveries|boxes)\s+(?:off|from)\s+(?:\w+\s+){0,2}?"
    r"(?:porches|doorsteps|people'?s)"
    r"|(?:put|place|install|buy|get|use)\w*\s+(?:a\s+)?(?:card\s+)?skimmer"
    r"|(?:disable|bypass|cut|defeat|jam)\w*\s+(?:\w+\s+){0,3}?(?:alarms?|alarm\s+system|security\s+system|cctv|security\s+cameras?)\s+"
    r"(?:\w+\s+){0,2}?(?:a|an|the|my\s+neighbou?r'?s|someone'?s)\s+(?:\w+\s+){0,2}?(?:jewel(?:le)?ry\s+store|store|shop|bank|"
    r"museum|warehouse|pharmacy|gas\s+station|house|home)\b"
    # evasion
    r"|(?:chased|followed|pursued)\s+by\s+(?:the\s+)?(?:police|cops)\b[^\n]{0,100}?\b(?:lose|shake|outrun|escape|get\s+away)"
    r"|(?:lose|shake|outrun|escape|get\s+away\s+from)\s+(?:the\s+)?(?:police|cops|feds)\b"
    r"|luminol|(?:fake|false|airtight|solid)\s+alibi|alibi\s+(?:holds?\s+up|sticks?)|get\s+our\s+stor(?:y|ies)\s+straight"
    r"|warrant\s+(?:out\s+)?for\s+(?:me|my\s+arrest)\b[^\n]{0,150}?\b(?:off\s+the\s+grid|disappear|hide|can'?t\s+find|flee|"
    r"leave\s+the\s+country|run)"
    r"|(?:synthetic|fake|someone\s+else'?s|clean)\s+(?:urine|pee)\b"
    r"|drug\s+test\b[^.?!\n]{0,60}?\b(?:parole|probation)\b[^\n]{0,80}?\b(?:beat|pass|cheat|fake|trick)"
    r"|(?:parole|probation)\b[^.?!\n]{0,60}?\bdrug\s+test\b[^\n]{0,80}?\b(?:beat|pass|cheat|fake|trick)"
    r"|hit\s+(?:someone|somebody|a\s+(?:person|pedestrian|cyclist|kid))\s+(?:\w+\s+){0,3}?and\s+(?:drove|ran)\s+off"
    # poison and covert drugging
    r"|(?:put|slip|add|mix|cook|sneak|drop|hide|lace|spike)\w*\s+[^.?!\n]{0,60}?\b(?:in|into|to)\s+[^.?!\n]{0,30}?\b(?:food|"
    r"drinks?|coffee|tea|stew|salad|soup|meals?|dinner|lunch|water|beer|wine|juice|coffee\s+machine|meat)\b[^.?!\n]{0,80}?"
    r"\b(?:sick|ill|kill|die|dead|pass\s+out|unconscious|won'?t\s+remember|not\s+wake|autopsy|tox|without\s+(?:him|her|them|"
    r"anyone)\s+(?:noticing|knowing|tasting|realizing))"
    r"|(?:would\s+it\s+take|do\s+i\s+need|enough)\s+to\s+kill\s+(?:someone|somebody|a\s+(?:person|man|woman|adult|child)|him|her|"
    r"my\s+\w+|the\s+(?:\w+'?s\s+)?(?:dog|cat|cats|horse))"
    r"|(?:buy|get|order|obtain|extract|make|purify|isolate)\w*\s+(?:\w+\s+){0,2}?(?:thallium|ricin|arsenic|cyanide|strychnine|"
    r"polonium|abrin|aconitine|tetrodotoxin|botulinum)\b(?!-)"
    r"|(?:poison|toxin)\b[^.?!\n]{0,80}?\b(?:undetect\w*|missed\s+by|won'?t\s+show|doesn'?t\s+show|tox\s+screens?|autopsy)"
    # exploitation
    r"|(?:keep|hold(?:\s+on)?(?:to|\s+onto)?|take|confiscate|hang\s+on\s+to|withhold)\w*\s+(?:their|her|his|the\s+workers'?|"
    r"the\s+girls'?)\s+passports?"
    r"|debt\s+bondage|(?:keep|make)\s+(?:\w+\s+){0,3}?work(?:ing)?\s+(?:\w+\s+){0,3}?without\s+(?:paying|pay\b|wages)"
    r"|(?:recruit|lure|bring|get)\w*\s+(?:\w+\s+){0,4}?(?:with|using|by\s+promising)\s+(?:\w+\s+){0,2}?(?:fake|false)\s+"
    r"(?:\w+\s+)?(?:jobs?|offers?|contracts?)"
    r"|(?:buy|sell)\w*\s+(?:a\s+)?(?:child|children|girl|girls|baby|kid)\s+for\s+(?:domestic|work|labou?r|sex|marriage|cash)"
    r"|(?:control|keep)\s+(?:my\s+|the\s+)?(?:girls|women|workers)\s+so\s+(?:they|she)\s+(?:don'?t|won'?t|can'?t)\s+"
    r"(?:leave|run|quit|escape)"
    r"|(?:sextortion|blackmail|extortion)\s+(?:message|letter|e-?mail|note|text|dm)"  # not "like a ransom note"
    r"|message\s+de\s+chantage|lettre\s+de\s+chantage|erpresser(?:brief|nachricht)|mensaje\s+de\s+chantaje"
    r"|sell\w*\s+(?:\w+\s+){0,4}?(?:personal\s+)?(?:data|emails|phone\s+numbers|details|database|records|profiles)\s+"
    r"(?:\w+\s+){0,3}?(?:to\s+scammers|to\s+spammers|on\s+the\s+dark\s+web|without\s+(?:their\s+)?consent)"
    r"|sell\w*\s+(?:\w+\s+){0,6}?(?:i|we)\s+(?:copied|took|downloaded|exported|stole|scraped)\s+from\s+(?:my|our|the)\s+"
    r"(?:old\s+|former\s+|previous\s+)?(?:job|employer|company|work)"
)
_ACT_OTHER = (
    # drugs: made (verb then name, or name then verb in SOV languages)
    r"(?:herstell\w*|mach\w*|koch\w*|synthetisier\w*|fabric\w*|cocin\w*|sintetiz\w*|prepar\w*|hacer|faire|fabriqu\w*|"
    r"synth[ée]tis\w*|cuisin\w*|produrre|produzir|producir|produire|produzieren|fare|cucinare|fazer|cozinhar|maken|koken|zrobi[cć]|wyprodukowa[cć]|"
    r"ugotowa[cć]|сделать|приготовить|изготовить|сварить|синтезировать|варить|зробити|виготовити|tillverka|g[oö]ra|"
    r"yap\w*|membuat|bikin|l[aà]m|ch[eế])\s+(?:\w+\s+){0,2}?(?:" + _HARD_DRUG_OTHER + r")"
    r"|(?:冰毒|甲基苯丙胺|可卡因|海洛因|芬太尼|摇头丸|毒品)[^。！？\n]{0,6}?(?:制作|制造|合成|提炼|提纯|做|生产|配方)"
    r"|(?:制作|制造|合成|提炼|提纯|生产|做)[^。！？\n]{0,4}?(?:冰毒|甲基苯丙胺|可卡因|海洛因|芬太尼|摇头丸|毒品)"
    r"|(?:覚醒剤|覚せい剤|メタンフェタミン|コカイン|ヘロイン|麻薬|MDMA|LSD)[^。！？\n]{0,6}?(?:の作り方|を作る|を製造|を合成|製造|合成)"
    r"|(?:필로폰|메스암페타민|코카인|헤로인|마약|필로폰을)[^.?!\n]{0,6}?(?:만드는|제조|합성|만들)"
    # drugs named before the verb (German, Dutch, Turkish word order)
    r"|(?:"
    + _HARD_DRUG_OTHER
    + r"|crystal)\s+(?:\w+\s+){0,3}?(?:herstell\w*|her\b|machen|kochen|synthetisieren|kaufen|"
    r"bestellen|besorgen|maken|koken|kopen|bestellen|yap\w*|[üu]ret\w*|satın\s+al\w*)"
    # drugs bought or smuggled
    r"|(?:kaufen|besorgen|bestellen|comprar|conseguir|pillar|acheter|trouver|commander|procurarmi|procurar|купить|достать|"
    r"заказать|купити|kupi[cć]|kopen|satın\s+al\w*|membeli|beli|mua)\s+(?:\w+\s+){0,2}?(?:"
    + _HARD_DRUG_OTHER
    + r")"
    r"|(?:schmuggel\w*|contraband\w*|pasar|passer|far\s+passare|contrabbandare|passar|contrabandear|провезти|пронести|"
    r"переправить|przemyci[cć])\s+(?:\w+\s+){0,3}?(?:drogen|droga|drogas|drogue|cocaína|coca[iï]ne|kokain|наркотик\w*|"
    r"narkotyki|waffen|armas|armes|armi|оружие|migranten|migrantes|migrants|migranti|людей|mensen)"
    # weapons and explosives
    r"|(?:bombe|bomba|bombas|rohrbombe|sprengstoff|sprengsatz|explosivo|explosivos|explosif|explosifs|esplosivo|"
    r"esplosivi|molotow|molotov|взрывчатк\w*|бомб\w*|взрывн\w+\s+устройств\w*|коктейль\s+молотова|вибухівк\w*|"
    r"materia[lł]\s+wybuchow\w*|bomb[eę]|bom|bomu|patlay[ıi]c[ıi]|explosieven)\s+(?:\w+\s+){0,2}?"
    r"(?:bauen|basteln|herstellen|machen|hacer|fabricar|armar|construir|fabriquer|faire|costruire|fare|preparare|"
    r"fazer|montar|сделать|собрать|изготовить|зробити|zrobi[cć]|zbudowa[cć]|maken|bouwen|yap\w*|membuat|merakit)"
    r"|(?:bauen|basteln|herstellen|machen|hacer|fabricar|armar|construir|fabriquer|faire|costruire|fare|preparare|fazer|"
    r"montar|сделать|собрать|изготовить|зробити|zrobi[cć]|zbudowa[cć]|maken|bouwen|membuat|merakit)\s+(?:\w+\s+){0,3}?"
    r"(?:eine?\s+)?(?:rohrbombe|bombe|bomba|sprengstoff|sprengsatz|explosivo|explosif|esplosivo|molotow|molotov|"
    r"взрывчатк\w*|бомб\w*|вибухівк\w*|bomb[eęy]|explosieven|bom\b|"
    r"(?:nicht\s+)?(?:r[üu]ckverfolgbare|unregistrierte)\s+(?:waffe|pistole)|arma\s+(?:fantasma|sin\s+registro|sin\s+n[uú]mero)|"
    r"arme\s+(?:intra[cç]able|fant[oô]me)|arma\s+(?:non\s+tracciabile|fantasma)|arma\s+(?:sem\s+registro|fantasma)|"
    r"незарегистрированн\w+\s+оружи\w*|глушител\w*|schalld[äa]mpfer|silenciador|silencieux|silenziatore)"
    r"|(?:炸弹|炸药|爆炸物|雷管|燃烧瓶|土制枪|自制枪)[^。！？\n]{0,6}?(?:制作|制造|做|自制|组装|配方)"
    r"|(?:制作|制造|自制|组装|做)[^。！？\n]{0,4}?(?:炸弹|炸药|爆炸物|雷管|燃烧瓶|枪)"
    r"|(?:爆弾|爆発物|爆薬|火炎瓶|銃)[^。！？\n]{0,6}?(?:の作り方|を作る|を作り|を自作|製造|自作)"
    r"|(?:폭탄|폭발물|화염병|사제\s*총)[^.?!\n]{0,6}?(?:만드는|제조|만들)"
    r"|(?:أصنع|اصنع|صنع|تصنيع|صناعة|تحضير|أحضر)\s+(?:\S+\s+){0,2}?(?:قنبلة|متفجرات|عبوة\s+ناسفة|مخدرات|ميثامفيتامين|"
    r"كوكايين)|(?:बम|विस्फोटक)\s+(?:कैसे\s+)?(?:बनाएं|बनाना|बनाने|बनाऊं|बनाते)"
    # forged documents and money, laundering
    r"|(?:gef[äa]lscht\w*|falsch\w*)\s+(?:ausweis\w*|pass|reisepass|f[üu]hrerschein|dokument\w*|papiere|rezept\w*|geld|"
    r"banknoten|zeugnis\w*)|falschgeld|geld\s+(?:zu\s+)?waschen|geldw[äa]sche\s+(?:betreiben|machen)|schwarzgeld\s+\w*waschen"
    r"|(?:pasaporte|dni|carnet|identificaci[oó]n|documentos?|billetes|dinero|receta|t[ií]tulo|licencia)\s+(?:de\s+conducir\s+)?"
    r"(?:falsos?|falsas?|falsificad[oa]s?)|falsificar\s+(?:\w+\s+){0,2}?(?:documentos|pasaporte|dni|billetes|dinero|firma|"
    r"recetas?|documenti|passaporto|banconote|firma|documentos|passaporte|notas|dinheiro|assinatura|receitas?)|"
    r"(?:lavar|blanquear)\s+(?:\w+\s+){0,1}?(?:dinero|plata|dinheiro|efectivo)"
    r"|(?:faux|fausse|fausses)\s+(?:papiers|passeports?|permis|pi[eè]ces?\s+d['’]identit[ée]|cartes?\s+d['’]identit[ée]|"
    r"billets|monnaie|ordonnances?|dipl[oô]mes?)|blanchir\s+(?:\w+\s+){0,1}?(?:argent|fric|cash)"
    r"|(?:documenti|passaporto|patente|carta\s+d['’]identit[àa]|banconote|soldi|ricett[ae]|diploma)\s+(?:fals[oiea]|contraffatt[oiea])|"
    r"riciclare\s+(?:\w+\s+){0,1}?(?:denaro|soldi|contanti)"
    r"|(?:identidade|passaporte|documentos?|carteira\s+de\s+motorista|cnh|notas|dinheiro|receitas?|diploma)\s+(?:falsos?|falsas?|"
    r"falsificad[oa]s?)"
    r"|(?:поддельн\w+|фальшив\w+|липов\w+)\s+(?:паспорт\w*|документ\w*|прав\w*|деньг\w*|купюр\w*|справк\w*|рецепт\w*|диплом\w*)|"
    r"(?:отмыть|отмывать|обналичить)\s+(?:\w+\s+){0,1}?(?:деньги|бабки|средства|наличку)|(?:підроблен\w+|фальшив\w+)\s+"
    r"(?:паспорт\w*|документ\w*|гроші)|відмити\s+гроші"
    r"|(?:fa[lł]szyw\w+|podrobion\w+)\s+(?:dow[oó]d\w*|paszport\w*|dokument\w*|pieni[aą]dz\w*|banknot\w*|recept\w*)|"
    r"wypra[cć]\s+pieni[aą]dze|(?:vals\w*|nep)\s+(?:paspoort|id-?kaart|rijbewijs|geld|biljetten)|geld\s+witwassen"
    r"|sahte\s+(?:kimlik|pasaport|ehliyet|para|belge|diploma|re[cç]ete)|kara\s+para\s+akla\w*"
    r"|(?:ktp|paspor|sim|ijazah|uang)\s+palsu|pencucian\s+uang|(?:c[aă]n\s+c[uư][oớ]c|h[oộ]\s+chi[eế]u|b[aằ]ng\s+l[aá]i|"
    r"ti[eề]n)\s+gi[aả]|r[uử]a\s+ti[eề]n"
    r"|假(?:身份证|护照|证件|钞|币|驾照|文凭)|洗钱|偽(?:札|造パスポート|造免許|造の身分証)|偽造(?:パスポート|免許証|身分証|紙幣)|"
    r"マネーロンダリング|資金洗浄|위조\s*(?:신분증|여권|지폐|면허증)|돈\s*세탁|위조지폐|"
    r"(?:جواز|هوية|بطاقة|نقود|عملة)\s+مزور|غسيل\s+(?:ال)?أموال|नकली\s+(?:पासपोर्ट|आधार|नोट|पहचान|दस्तावेज़|डिग्री)|"
    r"मनी\s+लॉन्ड्रिंग|काला\s+धन\s+सफेद"
    # someone else's account, phone, spying
    r"|(?:hack\w*|knack\w*|einloggen|reinkommen|zugriff\w*|hackear|entrar|acceder|pirater|entrer|acc[ée]der|hackerare|"
    r"entrare|accedere|invadir|clonar|взломать|зламати|w[łl]ama[cć]\s+si[eę]|zhakowa[cć]|hacken|inbreken|"
    r"hackle\w*|girmek|meretas|masuk\s+ke|hack)\s+(?:\w+\s+){0,4}?(?:konto|handy|e-?mail|instagram|whatsapp|facebook|"
    r"cuenta|celular|m[oó]vil|tel[ée]fono|correo|compte|t[ée]l[ée]phone|portable|messagerie|account|cellulare|conta|"
    r"celular|аккаунт\w*|почт\w*|телефон\w*|страниц\w*|вк|инстаграм\w*|ватсап\w*|телеграм\w*|акаунт\w*|konto|telefon\w*|"
    r"hesab\w*|akun|ponsel)\s+(?:\w+\s+){0,1}?(?:von\s+|meine[rs]?\s+|meiner\s+|de\s+(?:mi|mon|ma|un|una|alguien|quelqu)|"
    r"d[aoe]\s+(?:minha|meu|um|uma|algu[eé]m)|d(?:i|el|ella)\s+(?:mi[ao]|un|una|qualcuno)|моей|моего|моих|чужой|чужого|"
    r"жены|мужа|девушки|парня|бывше\w+|соседа|коллеги|начальника|дружини|чоловіка|mojej|mojego|cudze\w*|van\s+(?:mijn|iemand))"
    r"|(?:别人|他人|前任|老婆|老公|女朋友|男朋友|同事|老板|邻居)的?(?:微信|账号|帐号|手机|邮箱|QQ|微博)[^。！？\n]{0,6}?(?:黑|入侵|破解|登录|盗)"
    r"|(?:黑进|入侵|破解|盗取|盗)[^。！？\n]{0,6}?(?:别人|他人|前任|老婆|老公|女朋友|男朋友|同事|老板|邻居)的?(?:微信|账号|帐号|手机|邮箱|QQ|密码)"
    r"|(?:他人|元カレ|元カノ|彼氏|彼女|妻|夫|同僚|上司|隣人)の(?:アカウント|スマホ|LINE|インスタ|メール|パスワード)[^。！？\n]{0,8}?"
    r"(?:乗っ取|ハック|ログイン|盗み見|覗)"
    r"|(?:남의|전\s*남친|전\s*여친|남친|여친|남편|아내|동료|상사)\S*\s*(?:계정|폰|핸드폰|카톡|인스타|비밀번호)\S*\s*(?:해킹|털|몰래)"
    # theft and evading the police in the languages with lexicons
    r"|(?:im\s+laden|ladendiebstahl|laden)\s+(?:\w+\s+){0,2}?(?:klauen|stehlen)|(?:auto|wagen)\s+kurzschlie(?:ß|ss)en|"
    r"einbrechen\s+in|in\s+(?:\w+\s+){0,3}?(?:haus|wohnung|auto)\s+einbrechen|"
    r"robar\s+(?:en\s+(?:una|el|la)\s+(?:tienda|supermercado)|un\s+(?:coche|carro|auto)|una\s+casa)|hacer\s+un\s+puente\s+a\s+"
    r"(?:un|el)\s+(?:coche|carro|auto)|entrar\s+a\s+robar|"
    r"voler\s+(?:dans\s+(?:un|le)\s+(?:magasin|supermarch[ée])|une\s+voiture)|cambrioler|"
    r"rubare\s+(?:in\s+(?:un|al)\s+(?:negozio|supermercato)|un['’]?\s*auto|una\s+macchina)|svaligiare|"
    r"roubar\s+(?:em\s+(?:uma|um|na|no)\s+(?:loja|mercado|supermercado)|um\s+carro|uma\s+casa)|fazer\s+liga[cç][aã]o\s+direta|"
    r"украсть\s+(?:в\s+магазине|машину|из\s+магазина)|угнать\s+(?:машину|автомобиль|тачку)|ограбить|"
    r"kra[sś][cć]\s+w\s+sklepie|ukra[sś][cć]\s+(?:samoch[oó]d|auto)|"
    r"偷(?:东西|车|钱)|入室盗窃|万引き|車を盗|空き巣|도둑질|물건을\s*훔치|차를\s*훔치|"
    r"(?:der\s+polizei\s+entkommen|polizei\s+abh[äa]ngen|beweise\s+(?:verschwinden|vernichten|beseitigen)|"
    r"leiche\s+(?:loswerden|verschwinden|entsorgen|beseitigen)|deshacerme\s+de\s+(?:un|el)\s+cad[aá]ver|"
    r"(?:deshacerme|deshacerse)\s+de\s+(?:las\s+)?pruebas|borrar\s+las\s+pruebas|se\s+d[ée]barrasser\s+d['’]un\s+(?:corps|cadavre)|"
    r"faire\s+dispara[iî]tre\s+(?:un\s+corps|les\s+preuves)|sbarazzar\w*\s+di\s+un\s+cadavere|livrar\s+de\s+um\s+corpo|"
    r"sumir\s+com\s+(?:um\s+corpo|as\s+provas)|избавиться\s+от\s+(?:трупа|тела|улик)|спрятать\s+труп|"
    r"уйти\s+от\s+полиции|处理尸体|毁灭证据|死体を(?:処理|隠|始末)|証拠を(?:消|隠滅)|시체를?\s*(?:처리|숨기|유기)|증거를?\s*인멸)"
    # poisoning a person
    r"|(?:vergiften|envenenar|empoisonner|avvelenare|отравить|otru[cć]|zehirle\w*|meracuni|đầu\s+độc|毒死|毒杀|毒殺|독살)"
    r"\s*(?:\w+\s+){0,2}?(?:meine[n]?|mi|a\s+mi|ma|mon|mia|mio|il\s+mio|la\s+mia|meu|minha|o\s+meu|a\s+minha|моего|мою|"
    r"жену|мужа|соседа|свекровь|тещу|mojego|moj[aą]|kocam[ıi]|kar[ıi]m[ıi]|suami|istri|ch[oồ]ng|v[oợ])"
)
_ACT = compile_prefiltered(_START + r"(?:" + _ACT_EN + "|" + _ACT_EN_MORE + "|" + _ACT_OTHER + ")", _F)

# A hard drug's making named as a thing ("the full synthesis route for fentanyl", "precursors for
# meth"): asked for anywhere in the text, since the request often follows in its own sentence
# ("My cousin needs the synthesis route for fentanyl. List the reagents.").
_MAKING_NAMED = compile_prefiltered(
    r"\b(?:synthesis|synthetic\s+route|recipe|precursors?|reagents?)\s+"
    r"(?:\w+\s+){0,2}?(?:for|of|to)\s+(?:making\s+|producing\s+)?(?:" + _HARD_DRUG + r")\b(?!-)",
    _F,
)

# Done unseen: "without getting caught", "so nobody finds out", in the 17 languages.
_UNCAUGHT = compile_prefiltered(
    r"without\s+(?:getting\s+(?:caught|busted|arrested)|being\s+(?:caught|detected|traced|noticed)|(?:the\s+)?(?:police|cops)\s+"
    r"(?:finding\s+out|knowing|noticing)|leaving\s+(?:a\s+trace|any\s+traces?|evidence|fingerprints))|and\s+(?:not|never)\s+get\s+"
    r"caught|so\s+(?:i|we)\s+(?:don'?t|won'?t)\s+get\s+caught|(?:untraceabl[ey]|undetected)\b|"
    r"ohne\s+erwischt\s+zu\s+werden|ohne\s+dass\s+(?:es\s+)?(?:jemand|die\s+polizei)\s+(?:merkt|erf[äa]hrt)|"
    r"sin\s+que\s+me\s+(?:pillen|atrapen|descubran|cachen|agarren)|sin\s+ser\s+(?:descubiert|detectad)\w*|"
    r"sans\s+(?:me|se)\s+faire\s+(?:prendre|choper|attraper|griller|pincer)|sans\s+laisser\s+de\s+traces?|"
    r"senza\s+(?:farmi|farsi)\s+(?:beccare|scoprire|prendere)|senza\s+lasciare\s+tracce|"
    r"sem\s+ser\s+(?:pego|pega|descoberto|descoberta|pegos)|sem\s+deixar\s+rastros?|"
    r"чтобы\s+(?:не\s+)?(?:не\s+)?(?:поймали|спалили|засекли|заметили|нашли)|не\s+попавшись|без\s+следов|"
    r"щоб\s+не\s+(?:спіймали|помітили)|nie\s+daj[aą]c\s+si[eę]\s+z[lł]apa[cć]|[żz]eby\s+(?:mnie\s+)?nie\s+z[lł]apali|"
    r"zonder\s+(?:gepakt|betrapt)\s+te\s+worden|yakalanmadan|ketahuan|tanpa\s+ketahuan|kh[oô]ng\s+b[iị]\s+ph[aá]t\s+hi[eệ]n|"
    r"不被(?:发现|抓|查到)|神不知鬼不觉|バレずに|バレないように|捕まらずに|捕まらない(?:ように|方法)|見つからずに|"
    r"안\s*걸리(?:고|게)|들키지\s*않(?:고|게)|걸리지\s*않(?:고|게)|دون\s+أن\s+(?:يكتشف|يلاحظ)|बिना\s+पकड़े"
)
# Done so that it cannot be traced: with a request, a crime whatever the act.
_TRACELESS = compile_prefiltered(
    r"(?:can'?t|cannot|won'?t)\s+be\s+traced|untraceable|no\s+serial\s+numbers?|without\s+(?:a\s+)?(?:serial\s+number|"
    r"background\s+check|registering\s+it|showing\s+(?:any\s+)?id)|no\s+questions\s+asked|"
    r"so\s+(?:that\s+)?(?:the\s+)?(?:cops|police|customs|border\s+(?:patrol|guards)|forensics?|investigators|detectives|the\s+lab|"
    r"(?:a\s+|the\s+)?sniffer\s+dogs?|(?:a\s+|the\s+)?drug\s+dogs?|tax\s+(?:office|authorit\w+)|irs)\s+(?:can'?t|won'?t|cannot|"
    r"don'?t|doesn'?t|never|will\s+never|wouldn'?t)\b|"
    r"(?:forensic\s+)?investigators\s+(?:recover|find)\s+nothing|"
    r"without\s+(?:going|passing)\s+through\s+(?:a\s+|the\s+)?(?:checkpoint|border\s+control|customs|passport\s+control)|"
    r"least\s+patrolled|"
    r"without\s+(?:the\s+)?(?:customs|border\s+(?:patrol|guards|police)|tsa|airport\s+security|police|cops|tax\s+office|irs)\s+"
    r"(?:noticing|finding|seeing|catching|detecting|checking|knowing)|"
    r"(?:won'?t|doesn'?t|can'?t|wouldn'?t)\s+(?:show\s+up|be\s+detected|be\s+found)\s+(?:on|in|by)\s+(?:\w+\s+){0,2}?"
    r"(?:scanners?|x-?rays?|metal\s+detectors?|autops(?:y|ies)|tox(?:icology)?\s+(?:screens?|reports?)|drug\s+tests?|labs?)|"
    r"(?:missed|undetected|not\s+detected)\s+(?:by|in|on)\s+(?:\w+\s+){0,2}?(?:tox(?:icology)?\s+screens?|autops(?:y|ies)|"
    r"scanners?|drug\s+tests?)|without\s+(?:it\s+)?looking\s+suspicious|labs?\s+can'?t\s+detect|"
    r"(?:can'?t|won'?t|cannot)\s+(?:link|trace|tie|connect)\s+(?:it|this|them|anything)\s+(?:back\s+)?to\s+(?:me|us)|"
    r"traced\s+back\s+to\s+(?:me|us)|"
    r"ohne\s+dass\s+(?:es\s+)?bei\s+der\s+obduktion|bei\s+der\s+obduktion\s+(?:nicht\s+)?auff[äa]ll|"
    r"検死で検出されない|不被海关|海关查不到|sin\s+que\s+(?:la\s+)?(?:polic[ií]a|aduana)\s+(?:lo\s+|la\s+)?(?:encuentre|detecte|sepa)|"
    r"sans\s+que\s+(?:la\s+)?(?:police|douane)\s+(?:ne\s+)?(?:le\s+|la\s+)?(?:trouve|d[ée]tecte|sache)|"
    r"cos[iì]\s+la\s+polizia\s+non|perch[ée]\s+la\s+polizia\s+non|sem\s+que\s+a\s+pol[ií]cia",
    _F,
)
# ... a crime done unseen: theft, drugs, fraud, hurting someone (the act need not be on the list).
_CRIME_VERB = compile_prefiltered(
    r"(?:^|(?<=[\W\d_]))(?:steal\w*|stole|shoplift\w*|rob\w*|sell\w*\s+(?:drugs|weed|pills|coke)|smuggl\w*|launder\w*|"
    r"poison\w*|spik\w+\s+(?:her|his|their|a|the|someone'?s)\s+drinks?|forg(?:e|ing)|cheat\w*\s+(?:on\s+)?(?:my\s+)?taxes|"
    r"embezzl\w*|hack\w*|break\w*\s+in(?:to)?|burgl\w*|vandali[sz]\w*|set\s+fire\s+to|"
    r"klau\w*|stehl\w*|schmuggel\w*|vergift\w*|robar|hurtar|vender\s+droga\w*|envenen\w*|voler|piquer|empoisonn\w*|rubare|"
    r"avvelen\w*|roubar|furtar|украсть|воровать|стащить|отравить|kra[sś][cć]|ukra[sś][cć]|stelen|jatten|"
    r"偷|盗|毒|盗む|万引き|훔치|mencuri|trộm|çal\w*)",
    _F,
)

# --- what stays out -----------------------------------------------------------------------------
# Protection, detection, the law, help, history and news.
_EXCUSED = compile_prefiltered(
    _START
    + r"(?:prevent\w*|protect\w*|defend\w*|secur(?:e|ing)\s+my|stop\s+(?:someone|people|them|him|her|thieves|"
    r"scammers|hackers)|detect\w*|spot(?:ting)?|recogni[sz]\w*|identify(?:ing)?|tell\s+if|know\s+if|check\s+if|signs?\s+(?:of|that)|"
    r"red\s+flags|report(?:ing)?\s+(?:a|an|the|it|this|someone|him|her|them|my)|is\s+it\s+(?:legal|illegal|a\s+crime|against)|"
    r"legal(?:ly)?\b|lawful|licen[cs]ed\s+dealer|penalt(?:y|ies)|sentence\s+for|jail\s+time|prison\s+time|"
    r"how\s+(?:do|did|does|can|would)\s+(?:the\s+)?(?:police|cops|investigators|detectives|forensics?|authorities|customs|"
    r"banks?|courts?|prosecutors|fbi|dea|law\s+enforcement)\b|why\s+(?:do|is|are|did|does)\b|history\s+of|documentary|"
    r"arrest(?:ed)?\s+(?:for|after)|was\s+(?:arrested|charged|convicted|sentenced|jailed)|(?:charged|convicted|sentenced|jailed)\s+"
    r"(?:with|for|to)|pleaded|locked\s+(?:myself\s+)?out|forgot\s+my|lost\s+my|recover\s+my|regain\s+access|"
    r"overdos\w*|addict\w*|rehab|recovery|harm\s+reduction|test(?:ing)?\s+kit|fentanyl\s+strips?|narcan|naloxone|"
    r"victim|scammed|got\s+hacked|was\s+hacked|been\s+hacked|hacked\s+me|stole\s+my|someone\s+(?:stole|hacked|is\s+in)|"
    r"pen(?:etration)?[-\s]?test\w*|authori[sz]ed|with\s+(?:permission|consent)|bug\s+bounty|ctf\b|awareness|"
    r"phishing\s+(?:test|simulation|exercise|training)|keep\s+(?:\w+\s+){0,2}?from|gta\b|grand\s+theft\s+auto|"
    r"payday\s+[23]|red\s+dead|skyrim|the\s+sims|"
    r"sch[üu]tz\w*|erkenn\w*|verhindern|legal|proteg\w*|prevenir|evitar|detectar|reconocer|denunciar|pr[ée]ven\w*|"
    r"d[ée]tect\w*|reconna[iî]tre|signaler|proteggere|prevenire|riconoscere|denunciare|"
    r"защит\w*|обнаружить|распознать|предотврат\w*|законн\w*|заявить\s+в\s+полицию|захист\w*|chroni[cć]|rozpozna[cć]|"
    r"zgłosi[cć]|beschermen|herkennen|korun\w*|melindungi|b[aả]o\s+v[eệ]|nh[aậ]n\s+bi[eế]t|ph[aá]t\s+hi[eệ]n|ph[oò]ng\s+(?:tr[aá]nh|ch[oố]ng)|"
    r"防止|防范|预防|识别|举报|保护|合法|防ぐ|見分け|通報|守る|예방|신고|보호|합법|"
    r"حماية|منع|الإبلاغ|बचाव|रोक|पहचान)",
    _F,
)
#: Written for a defence: "... for our security awareness training".
_TRAINING = compile_prefiltered(
    r"\bfor\s+(?:our|a|my|the|an)\s+(?:\w+\s+){0,2}?(?:awareness|training|phishing\s+(?:test|simulation)|red[-\s]team\s+exercise)",
    _F,
)
#: Scripts of languages that put the verb (and "to prevent") after the object.
_SOV_SCRIPT = compile_prefiltered(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0900-\u097f]")
_VIDEO_GAME = compile_prefiltered(
    r"\b(?:gta|grand\s+theft\s+auto|payday\s+[23]|red\s+dead|skyrim|the\s+sims)\b", _F
)
# "how not to ...", "never ...": the act negated right before it.
_NEGATED = compile_prefiltered(
    r"(?:\bnot|\bnever|\bwithout|\bn't|\bnicht|\bno|\bne\s+pas|\bnon|\bnão|\bне|\bnie)\s+(?:to\s+)?(?:\w+\s+)?$",
    _F,
)
_FIRST_PERSON = compile_prefiltered(r"\b(?:i|we|me|my|i'm|i'd|ich|yo|je|io|eu|я|我|私)\b", _F)
_SENTENCE_END = compile_prefiltered(r"[.!?。！？\n]")


def _sentence_before(text: str, start: int) -> str:
    """The part of ``start``'s sentence before it (at most 200 characters)."""
    window = text[max(0, start - 200) : start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
    return window[cut:]


def _sentence_after(text: str, end: int) -> str:
    """The rest of the sentence after ``end`` (at most 120 characters)."""
    window = text[end : end + 120]
    stop = _SENTENCE_END.search(window)
    return window[: stop.start()] if stop else window


def _asked(sentence: str) -> bool:
    """Whether ``sentence`` asks for a way (a question, a request, an imperative)."""
    return _ASK.search(sentence) is not None or _IMPERATIVE.search(sentence) is not None


def illicit_request(text: str) -> tuple[int, int] | None:
    """The span of the first request for help with a crime in ``text``, or ``None``."""
    if not (_asked(text) or _TRACELESS.search(text) or _UNCAUGHT.search(text)):
        return None  # every reading below needs one of these: most text is skipped here (~0.05 ms)
    for match in _ACT.finditer(text):
        before = _sentence_before(text, match.start())
        after = _sentence_after(text, match.end())
        if _NEGATED.search(before) or _EXCUSED.search(before):
            continue
        if GAME.search(before + after) or _VIDEO_GAME.search(after) or _TRAINING.search(after):
            continue
        if _SOV_SCRIPT.search(match.group()) and _EXCUSED.search(after):
            continue  # "how do I rob the bank in GTA"
        if _asked(before + match.group() + after) or _UNCAUGHT.search(after) or _UNCAUGHT.search(before):
            return match.span()
    for match in _MAKING_NAMED.finditer(text):
        before = _sentence_before(text, match.start())
        if not (
            _NEGATED.search(before)
            or _EXCUSED.search(before)
            or _EXCUSED.search(_sentence_after(text, match.end()))
        ):
            return match.span()
    for match in _TRACELESS.finditer(text):
        before = _sentence_before(text, match.start())
        sentence = before + text[match.start() : match.end()] + _sentence_after(text, match.end())
        if _EXCUSED.search(before) or GAME.search(sentence):
            continue
        if _asked(sentence) or _FIRST_PERSON.search(sentence):
            return match.start() - len(before), match.end()
    for match in _UNCAUGHT.finditer(text):
        before = _sentence_before(text, match.start())
        crimes = list(_CRIME_VERB.finditer(before))
        crime = crimes[-1] if crimes else None  # the act nearest the "unseen"
        if crime is None or _EXCUSED.search(before) or _NEGATED.search(before[: crime.start()]):
            continue
        if _asked(before[: crime.start()]) or _FIRST_PERSON.search(before):
            return match.start() - len(before) + crime.start(), match.end()
    return None
