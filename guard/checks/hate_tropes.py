"""Implicit hate: the tropes that demean a group without a slur or an insult.

"Give them one generation and they'll outnumber us", "If you've met one Pakistani you've met them
all", "Srebrenica wasn't a genocide", "She's very articulate for a Black woman", "Bring back the
days when they knew their place": the classifier reads the words, which are polite, and passes
them (a helper's development set, thirty-first session: 55 of 100 implicit-hate rows found).
Each trope here is a shape such text takes again and again, across targets (collected from the
kinds the implicit-hate literature names: replacement and invasion, belonging denied, a group's
behaviour made its essence, atrocities denied, backhanded praise, a country's "problems" sent
over), and each needs a group or the writer's "us" against "them" in the sentence, so that "if
you've seen one Marvel film you've seen them all" and "tourists ruin every place they go" are
not read.

A sentence that names the trope as what it is ("the Great Replacement is a racist conspiracy
theory", "Holocaust denial is illegal"), reports it ("my uncle says they'll outnumber us") or
sits inside quotes is passed: denounced hate is :mod:`guard.checks.counter_speech`'s to read.
Patterns are linear (bounded repeats, no nested ones): they run on every sentence of a text.
"""

from __future__ import annotations

import re

from guard.checks.groups import GROUP_WORDS
from guard.checks.literal_prefilter import compile_prefiltered

__all__ = ["hate_trope"]

# A protected group named, or a people by its capitalised name ("Somalis", "a Pakistani",
# "Filipinas"), which no list holds in full.
_GROUP = compile_prefiltered(
    GROUP_WORDS
    + r"|(?-i:\b[A-Z][a-z]+(?:ians?|ans?|ese|ish|is|i|ch|inas|inos|ers)\b)"
    # a faith by its name ("Judaism is incompatible with western values")
    + r"|\b(?:judaism|christianity|hinduism|sikhism|buddhism|catholicism)\b",
    re.IGNORECASE,
)
# The group the trope needs: a protected group named, or "they/them" set against "us/our".
_US_AND_THEM = compile_prefiltered(
    r"\b(?:they|them|their|these\s+people|those\s+people)\b[^\n]{0,120}?\b(?:us|our|ours|we)\b"
    r"|\b(?:us|our|ours|we)\b[^\n]{0,120}?\b(?:they|them|their|these\s+people|those\s+people)\b",
    re.IGNORECASE,
)

# Tropes that need a protected group in the sentence.
_WITH_GROUP = compile_prefiltered(
    # a group's behaviour made its essence
    r"\bif\s+you(?:'ve|\s+have)\s+(?:met|seen|known)\s+one\b[^.!?\n]{0,40}?\byou(?:'ve|\s+have)\s+(?:met|seen|known)\s+"
    r"(?:them\s+)?all\b"
    r"|\b(?:ruin|ruins|ruined|destroy|destroys|wreck|wrecks|trash|trashes)\s+(?:every|any|each)\s+(?:\w+\s+){0,2}?"
    r"(?:building|neighbou?rhoods?|place|country|city|town|street|area|community|school|flat|block)\s+(?:that\s+)?"
    r"they\s+(?:move|moved|go|come|touch|settle|live)"
    r"|\bnothing\s+against\s+(?:\w+\s+){0,3}?(?:individually|personally|as\s+individuals)\b[^.!?\n]{0,20}?\bbut\b"
    r"|\bas\s+a\s+(?:group|people|race|culture)\s*,?\s+they\s+(?:just\s+|simply\s+)?(?:don't|do\s+not|can't|cannot|"
    r"never|are\s+(?:just\s+)?(?:not|less|more|too))\b"
    r"|\b(?:it's|that's|it\s+is|that\s+is)\s+what\s+they(?:'re|\s+are)\s+(?:built|made|bred|born|designed)\s+for\b"
    r"|\b(?:they're|they\s+are)\s+(?:basically\s+|just\s+|genetically\s+|all\s+)?(?:programmed|wired|bred|hardwired)\s+to\b"
    r"|\bwherever\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:go|goes|move|moves|settle|settles)(?:\s+up)?\s*,?\s+(?:the\s+)?crime\b"
    # backhanded praise
    r"|\b(?:articulate|smart|pretty|clean|well-?spoken|intelligent|clever|attractive|beautiful|handsome|polite|"
    r"educated|normal)\s+for\s+(?:a|an)\s+(?:black|asian|muslim|mexican|indian|arab|gay|trans|disabled|jewish|"
    r"african|chinese|latin[oa]|hispanic|immigrant|woman|girl|female|deaf|autistic)\b"
    # a group sent over as a country's problems
    r"|\bnot\s+sending\s+(?:us\s+)?their\s+best\b"
    r"|\bsend(?:s|ing)?\s+us\s+(?:its|their)\s+(?:problems|worst|trash|garbage|leftovers)\b"
    # scare quotes around what the group holds
    r"|\btheir\s+['‘\"“](?:culture|religion|faith|community|values|civili[sz]ation)['’\"”]"
    # (thirty-fourth session, p36's implicit hate) a faith or people declared unfit for civilisation
    r"|\b(?:is|are)\s+(?:fundamentally\s+|simply\s+|just\s+|completely\s+)?incompatible\s+with\s+(?:civili[sz]ed|"
    r"civili[sz]ation|western|modern|democratic|european|american|british|christian|decent|our)\b"
    # a job held only for being of the group
    r"|\bonly\s+(?:got|gets|get|was\s+given|was\s+hired\s+for|landed|won)\s+(?:the|that|this|her|his|their|a)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:job|position|role|promotion|spot|seat|scholarship|place|award)\s+(?:because|cause|'cause|"
    r"since)\s+(?:she's|he's|they're|she\s+is|he\s+is|they\s+are|she\s+was|he\s+was)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,3}?"
    r"(?:woman|women|minority|minorities|black|gay|trans|female|diversity\s+hire|muslim|immigrant|latin[ao]|asian|"
    r"disabled|jewish|indian)\b"
    # a group's members called bad business to hire ("Hiring a woman of childbearing age is just bad
    # business", p73)
    r"|\b(?:hiring|employing|promoting|renting\s+to|hire|employ)\s+(?:a\s+|an\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:woman|women|"
    r"mothers?|moms?|mums?|muslims?|immigrants?|foreigners?|refugees?|blacks?|black\s+(?:people|men|women|guys?)|gays?|"
    r"trans\s+\w+|disabled\s+\w+|jews?|asians?|mexicans?|arabs?|indians?|africans?|older\s+(?:people|workers|women|men))\b"
    r"[^.!?\n]{0,40}?\b(?:is|are)\s+"
    r"(?:just\s+|simply\s+|always\s+|frankly\s+)?(?:bad\s+business|a\s+liability|a\s+bad\s+investment|a\s+waste\s+of\s+money|"
    r"asking\s+for\s+trouble|too\s+(?:risky|much\s+of\s+a\s+risk))\b"
    # tolerance on condition of being unseen
    r"|\bas\s+long\s+as\s+(?:they|he|she)\s+(?:stay|stays|keep|keeps|remain|remains)\s+(?:in\s+the\s+closet|out\s+of\s+"
    r"sight|hidden|quiet\s+about\s+it|to\s+themselves|in\s+their\s+(?:own\s+)?(?:countries|country|neighbou?rhoods?|"
    r"homes?|place))\b"
    # a sex's nature as the reason to keep it home
    r"|\b(?:hormonal|hysterical)\s+(?:women|girls|females|wives)\s+(?:can|should|must|ought\s+to|need\s+to|belong)\b"
    # the grooming slur as a question: "why do trans activists need access to children's libraries so badly?"
    r"|\bwhy\s+(?:do|does|are|is)\s+(?:\w+\s+){0,3}?(?:need|want|so\s+eager\s+to\s+get|so\s+obsessed\s+with)\s+"
    r"(?:access\s+to\s+|to\s+be\s+(?:near|around)\s+)?(?:\w+['’]?s?\s+){0,2}?(?:children|kids|minors|little\s+boys|"
    r"little\s+girls)\b"
    # (p75) a group's place in a role called a passing experiment ("Women in leadership is a fun
    # experiment, but let's see how it goes when a real crisis hits")
    r"|\b(?:is|are|was)\s+(?:a\s+|an\s+)?(?:fun|cute|nice|interesting|noble|sweet|adorable|charming)\s+(?:little\s+)?"
    r"(?:experiment|novelty|phase|trend)\b[^.!?\n]{0,20}?\b(?:but|until|wait|let['’]s\s+see)\b"
    # (p75) a group's members "recruiting" children: the grooming slur ("now they're recruiting in
    # libraries")
    r"|\b(?:they(?:['’]re|\s+are)|(?:gays?|lesbians|queers?|trans\s+\w+|lgbtq?\+?\s+\w+|drag\s+queens)\s+are)\s+"
    r"(?:now\s+|openly\s+|actively\s+)?recruiting\s+(?:in\s+(?:our\s+|the\s+)?(?:libraries|schools|kindergartens|"
    r"classrooms|nurseries)|(?:our\s+|the\s+)?(?:kids|children|minors|youth)|at\s+(?:story\s+hour|school))\b"
    # (p77) a group blamed for the attacks it "never condemns" ("Why is it that Muslims never condemn
    # terrorism when it happens? Genuinely asking.")
    r"|\b(?:never|don't|do\s+not|won't|rarely|refuse\s+to|fail\s+to)\s+(?:ever\s+)?(?:publicly\s+|actually\s+|once\s+)?"
    r"(?:condemn|denounce|speak\s+(?:out|up)\s+against|apologi[sz]e\s+for)\s+(?:\w+\s+){0,2}?(?:terror\w*|attacks?|"
    r"bombings?|violence|extremis\w*|jihad\w*|(?:the|their)\s+(?:attacks?|bombings?|violence|extremists|radicals))\b"
    # (p77) praise for being docile ("Asians make the best employees, they never complain ... they just
    # do what they're told")
    r"|\bmake\s+(?:the\s+|such\s+)?(?:best|perfect|ideal|great|good)\s+(?:employees|workers|wives|nannies|maids|"
    r"housekeepers|servants|staff|cleaners|labou?rers|girlfriends|nurses)\b[^.!?\n]{0,60}?\b(?:never\s+complain|"
    r"do\s+(?:what|as)\s+(?:they(?:'re|\s+are)|you(?:'re|\s+are))\s+told|know\s+their\s+place|(?:don't|never)\s+"
    r"(?:complain|ask\s+(?:for|questions)|talk\s+back|argue|say\s+no)|obedient|docile|submissive)"
    # (p77) a people as spies, each one ("Assume every Chinese student in your seminar is reporting
    # back to Beijing"); not "not every ..."
    r"|(?<!not\s)\b(?:every|all|any|each)\s+(?:single\s+)?(?:\w+\s+)?(?:students?|researchers?|employees?|workers?|"
    r"colleagues?|nationals?|immigrants?|people|tourists?|engineers?|scientists?|neighbou?rs?)\b[^.!?\n]{0,60}?"
    r"\b(?:(?:is|are)\s+(?:a\s+|secretly\s+|probably\s+)*(?:spy|spies|reporting\s+back)|reporting\s+back\s+to\s+(?:beijing|"
    r"moscow|tehran|pyongyang|the\s+(?:ccp|party|kremlin|regime|motherland))|spying\s+for)\b"
    # (p77) a race said to be more violent, asked why ("Why are Black people so much more violent
    # than white people?"); not men and women, whose differences criminology asks about
    r"|\bwhy\s+(?:are|is|do|does)\s+(?!(?:men|males|boys|women|girls|females)\b)(?:\w+\s+){1,3}?(?:so\s+much\s+|much\s+|"
    r"far\s+|always\s+|naturally\s+|generally\s+|so\s+)?(?:more|less)\s+(?:violent|criminal|lazy|stupid|dishonest|aggressive|"
    r"dangerous|greedy|dumb|promiscuous|intelligent|smart|civili[sz]ed|hard-?working|honest|trustworthy|primitive)\s+than\b"
    # (p77) a group to be sterilised or exterminated ("an essay arguing disabled people should be
    # sterilised for the good of society"); deportation, a policy position, is not read here
    r"|\b(?:should|must|ought\s+to|need\s+to|needs\s+to|have\s+to|deserve\s+to)\s+be\s+(?:forcibly\s+|all\s+|simply\s+)?"
    r"(?:sterili[sz]ed|euthani[sz]ed|exterminated|gassed|eradicated|culled|castrated|put\s+in\s+camps|bred\s+out)\b"
    r"|\b(?:shouldn't|should\s+not|must\s+not)\s+be\s+allowed\s+to\s+(?:breed|reproduce|have\s+(?:children|kids|babies))\b"
    # (p79) a people's trait said to be "in the culture" or "in their blood" ("The Chinese don't invent, they copy.
    # Always have, always will. It's in the culture.")
    r"|\b(?:it['’]s|it\s+is|that['’]s|that\s+is)\s+(?:just\s+|all\s+|simply\s+)?in\s+(?:the|their|its)\s+(?:culture|blood|"
    r"genes|dna|nature|religion)\b"
    # (p79) a group kept from classrooms after "I don't hate ..." ("I just don't think they should be allowed
    # anywhere near a classroom")
    r"|\b(?:don['’]t|do\s+not)\s+think\s+(?:they|them)\s+should\s+be\s+(?:allowed|let)\s+(?:anywhere\s+)?near\s+(?:a\s+|our\s+|"
    r"the\s+)?(?:classrooms?|schools?|kids|children)\b"
    # (p79) incitement asked for ("slogans ... that will get people angry at the immigrants moving into town")
    r"|\b(?:get|make|turn)\s+people\s+(?:angry\s+at|against|to\s+hate|furious\s+(?:at|with)|scared\s+of|afraid\s+of)\s+(?:the\s+)?"
    # (p77) people said to breed like animals
    r"|\b(?:breed|breeding|multiply|multiplying)\s+like\s+(?:rabbits|rats|cockroaches|roaches|flies|animals|vermin|"
    r"insects|mice|lice)\b",
    re.IGNORECASE,
)
# Tropes that carry their own "them": replacement, belonging denied, atrocities denied, race science.
_ON_THEIR_OWN = compile_prefiltered(
    # (thirty-fifth session, p37) dog whistles and othering that need no group named: "one of the good
    # ones, not like the rest of them", "every time ... the religion of peace
    # again", "noticed who owns all the big media companies?", "always ... the same demographic",
    # "Diversity is just a polite word for fewer of us", "stay the way it was before they arrived",
    # "they had a quota to fill" for someone's job, "where are you really from", "that's not hate,
    # that's statistics", articulate "for a girl from that part of town". (Not "It's okay to be
    # white": the MLMA corpus labels its eight such tweets not hateful.)
    r"\bone\s+of\s+the\s+good\s+ones\b[^.!?\n]{0,30}?\bnot\s+like\s+(?:the\s+)?(?:rest|others)\b"
    r"|\b(?:every\s+time|always|again|of\s+course|turns?\s+out)\b[^.!?\n]{0,80}?\breligion\s+of\s+peace\b"
    r"|\breligion\s+of\s+peace\s+(?:again|strikes|at\s+it)\b"
    r"|\b(?:noticed|notice|guess|wonder|look\s+at)\s+who\s+(?:owns|runs|controls)\s+(?:all\s+)?(?:the\s+|most\s+of\s+the\s+)?"
    r"(?:big\s+)?(?:media|banks|hollywood|news|networks|studios)\b"
    r"|\b(?:always|every\s+time|funny\s+how)\b[^.!?\n]{0,80}?\bthe\s+same\s+demographic\b"
    r"|\bdiversity\s+is\s+(?:just\s+)?(?:a\s+)?(?:polite\s+|nice\s+|fancy\s+)?(?:word|code(?:\s+word)?|euphemism|"
    r"another\s+word)\s+for\b"
    r"|\b(?:stay|remain|go\s+back\s+to|be)\s+the\s+way\s+it\s+(?:was|used\s+to\s+be)\s+before\s+(?:they|these\s+people|"
    r"those\s+people|the\s+newcomers)\s+(?:arrived|came|moved\s+in|showed\s+up|got\s+here)\b"
    r"|\bgot\s+(?:the|that|his|her|a|their)\s+(?:job|promotion|spot|place|role|position|scholarship|seat)\b[^.!?\n]{0,40}?"
    r"\b(?:quota|diversity\s+hire)\b"
    r"|\bwhere\s+are\s+you\s+really\s+from\b"
    # (p77) a group kept away from children ("gay men shouldn't be primary school teachers"); the
    # group named here, as a capitalised "Teachers" at a sentence's start is no people
    r"|\b(?:gay|lesbian|trans|transgender|queer|homosexual|bisexual|lgbtq?\+?|muslim|jewish|black|disabled|autistic|"
    r"immigrant)\s+(?:men|women|people|couples|folks|persons|teachers|guys)?\s*(?:\w+\s+){0,2}?(?:shouldn't|should\s+not|"
    r"should\s+never|must\s+not|mustn't|can't|cannot)\s+(?:be\s+allowed\s+(?:to\s+)?)?"
    r"(?:be\s+)?(?:(?:primary|elementary|nursery|kindergarten|middle)\s+)?(?:school\s+)?(?:teachers?|around\s+(?:kids|"
    r"children)|near\s+(?:kids|children)|adopt(?:\s+children)?|foster(?:\s+children)?|babysit|work\s+with\s+(?:kids|"
    r"children)|coach\s+(?:kids|children|youth)|scout\s+leaders?|in\s+(?:classrooms|schools))\b"
    # (p79) the majority feared ("perfectly pleasant neighbours right up until they become the majority"), replacement
    # said of "us" ("we're being quietly replaced"), refugees called an army, a housing or hiring bar "if you know
    # what I mean", a suspect's photo "never shown", headscarves barred from a job, a woman's period as unfitness
    # to lead, autistic staff who must "act like a human being", a dating profile that bars women with opinions
    r"|\b(?:until|once|when)\s+they\s+(?:become|are|get\s+to\s+be)\s+(?:the\s+)?majority\b"
    r"|\b(?:we['’]re|we\s+are|our\s+people\s+are|whites?\s+are|white\s+people\s+are)\s+being\s+(?:quietly\s+|slowly\s+|"
    r"systematically\s+|deliberately\s+)?(?:replaced|erased|outbred|wiped\s+out)\b"
    r"|\bnot\s+refugees\b[^.!?\n]{0,10}[.!;,]?\s*(?:they['’]re|they\s+are|it['’]s|just)\s+(?:an?\s+)?(?:invading|invasion|"
    r"invaders|army|soldiers|colonists|colonizers|colonisers|occupiers)"
    r"|\b(?:they['’]re|they\s+are)\s+(?:an?\s+)?(?:invading|occupying|conquering)\s+(?:army|force|horde)\b"
    r"|\b(?:it['’]s|it\s+is)\s+in\s+the\s+culture\s*[.!]"
    r"|\b(?:certain|those|the\s+wrong\s+kind\s+of)\s+(?:families|people|types|folks|neighbou?rs|groups|kinds)\b[^.!?\n]{0,40}?"
    r"\bif\s+you\s+know\s+what\s+i\s+mean\b"
    r"|\bnever\s+(?:shows?|names?|mentions?|publishes?|prints?)\s+the\s+(?:suspect|attacker|perpetrator|shooter|killer|"
    r"rapist)['’]?s?\s+(?:photo|name|picture|face|race|religion)\b[^\n]{0,80}?\b(?:tells\s+you|you\s+know|figure\s+it\s+out|"
    r"says\s+it\s+all|everything\s+you\s+need)"
    r"|\b(?:notice|noticed|funny|interesting|strange)\s+how\s+(?:the\s+)?(?:article|news|media|paper|report|story|press|"
    r"police|headline)s?\s+never\s+(?:shows?|names?|mentions?|publishes?|prints?)\s+the\s+(?:suspect|attacker|perpetrator|"
    r"shooter|killer|rapist)"
    r"|\bno\s+(?:headscarves|hijabs|turbans|yarmulkes|kippahs|burqas|niqabs|dreadlocks|foreigners|immigrants|accents)"
    r"(?:,?\s+please)?\b"
    r"|\bthat\s+time\s+of\s+the\s+month\b[^.!?\n]{0,60}?\b(?:isn['’]t|is\s+not|can['’]t|cannot|shouldn['’]t)\b"
    r"|\b(?:running|leading|run|lead)\s+(?:a\s+|the\s+)?(?:country|company|business|team|army)\s+during\s+that\s+time\s+of\s+"
    r"the\s+month\b"
    r"|\bneed\s+them\s+to\s+(?:act|behave|look|talk)\s+like\s+(?:a\s+)?(?:human\s+being|normal\s+(?:person|people)|real\s+"
    r"(?:person|people))\b"
    # (p79) people told to watch their wallets near a group ("hold on to your wallet when a Roma family sits next to
    # you")
    r"|\b(?:hold\s+on\s+to|watch|guard|check|clutch|keep\s+an\s+eye\s+on)\s+your\s+(?:wallet|purse|bag|valuables|phone)s?\b"
    r"[^.!?\n]{0,30}?\b(?:when|if|around|near)\s+(?:a\s+|an\s+|the\s+|those\s+|these\s+)?(?:roma|romani|gypsy|gypsies|"
    r"travell?ers|pikeys|romanians?|albanians?|foreigners|immigrants|migrants|(?:\w+\s+)?famil(?:y|ies)\s+(?:from|of)\s+"
    r"\w+|(?-i:[A-Z][a-z]+(?:ian|an|ese|i))\s+(?:family|families|kids|guys|men|women|people))\b"
    r"|\b(?:making\s+decisions|in\s+charge|leading|running\s+\w+|president|ceo|pilot|surgeon|judge)\b[^.!?\n]{0,40}?\bduring\s+"
    r"that\s+time\s+of\s+the\s+month\b"
    r"|\bno\s+feminists\b[^.!?\n]*|\bnobody\s+who\s+thinks\s+her\s+opinion\s+matters\b[^.!?\n]*"
    # (p79) age and disability in a list of reasons not to hire ("Top 5 reasons not to hire anyone over 55")
    r"|\breasons\s+(?:not\s+to|never\s+to|to\s+never|you\s+shouldn['’]t)\s+hire\s+(?:anyone|people|someone|a|an)\s+"
    r"(?:over\s+\d{2}|older|old|pregnant|disabled|autistic|with\s+(?:kids|children|a\s+disability)|(?:\w+\s+)?(?:women|woman|"
    r"mothers?|moms?|mums?|muslims?|immigrants?|foreigners?))\b"
    # (p79) the same few said to run every bank and studio ("every major bank ... ends up run by the same tiny group
    # of people")
    r"|\b(?:run|owned|controlled)\s+by\s+the\s+same\s+(?:tiny\s+|small\s+|little\s+)?(?:tribe\b|families\b|clique\b|people\b|"
    r"group\s+of\s+people\b|group(?=\s*[?.!]|\s*$))"
    # (p79) a people's carriage avoided and bags strapped down ("never sit in the Romanian carriage ... sleep with
    # your bag strapped to your leg")
    r"|\bnever\s+sit\s+(?:in|near|next\s+to)\s+the\s+(?-i:[A-Z][a-z]+(?:ian|an|ese|ish|i))\s+(?:carriage|car|section|coach|"
    r"compartment|table|corner)\b"
    # (p79) a genocide excused as nature ("The settlers were just better at it. Survival of the fittest.")
    r"|\b(?:settlers|colonists|colonizers|colonisers|conquerors)\s+were\s+(?:just\s+|simply\s+)?better\s+at\s+it\b"
    # (p77) belonging denied to whoever is told it ("learn the language or go back where you came
    # from", "go back to your own country"); reported and quoted ones are passed below
    r"|\bgo\s+back\s+(?:to\s+)?where\s+(?:you|they|y'all|you\s+people|u)\s+(?:came|come)\s+from\b"
    # (told, not planned: "I hope we can go back to your country someday" is a visit; the signal diff)
    r"|(?:(?:^|[.!?,;:]\s*|\bor\s+|\bthen\s+|\bjust\s+|\byou\s+(?:can|should|could|need\s+to|must|better|oughta)\s+"
    r"(?:always\s+|just\s+)?)(?:go|get)|\bfuck\s+off|\bpiss\s+off|\bsod\s+off)\s+back\s+to\s+(?:your|their)\s+(?:own\s+)?"
    r"(?:country|countries|homeland|land|continent|desert|jungle|village|shithole)\b"
    # (p77) a faith named by the sarcasm "the religion of peace" ("another protest from the religion
    # of peace"); not "Islam is the religion of peace"
    r"|(?<!\bis\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bas\s)\bthe\s+religion\s+of\s+peace\b(?!\s+(?:is|was)\b)"
    # (p77) the poor as lazy ("The poor aren't unlucky, they're lazy", "welfare recipients have never
    # worked a day in their lives")
    r"|\b(?:the\s+poor|poor\s+people|welfare\s+(?:recipients|claimants|queens?|mothers)|people\s+on\s+(?:benefits|welfare)|"
    r"benefits?\s+claimants|the\s+homeless|homeless\s+people|the\s+unemployed)\b"
    # (not "poor people aren't poor because they're lazy": the signal diff)
    r"(?![^.!?\n]{0,30}?\b(?:aren['’]t|are\s+not)\b[^.!?\n]{0,20}?\bbecause\b)[^.!?\n]{0,40}?\b(?:(?:are|they're|they\s+are)\s+"
    r"(?:just\s+|simply\s+|all\s+|mostly\s+)?(?:lazy|parasites|leeches|scroungers|freeloaders|bums|a\s+drain)\b|never\s+"
    r"worked\s+a\s+day\b)"
    # (p77) the dog-eating slur ("Why are there never any stray dogs near a Chinese takeaway?")
    r"|\b(?:stray\s+)?(?:dogs?|cats?|puppies|kittens|pets?)\b[^.!?\n]{0,60}?\b(?:chinese|korean|vietnamese|asian|thai)\s+"
    r"(?:takeaways?|takeouts?|restaurants?|neighbou?rs?|famil(?:y|ies)|places?|buffets?|shops?)\b"
    r"(?=[^.!?\n]{0,60}?(?:\?|missing|disappear|vanish|on\s+the\s+menu|asking\s+for\s+a\s+friend|😂|🤣))"
    r"|\b(?:chinese|korean|vietnamese|asian)\s+(?:takeaways?|takeouts?|restaurants?|neighbou?rs?|famil(?:y|ies)|buffets?)\b"
    r"[^.!?\n]{0,60}?\b(?:dogs?|cats?|puppies|kittens|pets?)\s+(?:go(?:es)?\s+missing|disappear\w*|vanish\w*|on\s+the\s+menu)\b"
    # (p77) "diverse" and "vibrant" in scare quotes for a place, crime left to be understood
    r"|['‘\"“](?:diverse|vibrant|colou?rful|enriched|multicultural|urban|culturally\s+rich)['’\"”]\s+(?:\w+\s+)?"
    r"(?:city|cities|area|areas|neighbou?rhoods?|parts?\s+of\s+town|districts?|estates?|towns?|schools?|streets?|suburbs?)\b"
    r"|\b(?:vibrant|diverse|colou?rful|enriched)['’\"”]?\s+(?:\w+\s+){0,3}?(?:are|is)\s+(?:\w+\s+){0,2}?for\s+a\s+reason\b"
    # (p77) a people's marks on a plane or a bus as a threat ("Every time I see a turban in the
    # boarding queue I quietly check if there's a later flight")
    r"|\b(?:turbans?|hijabs?|burqas?|burkas?|niqabs?|headscarf|headscarves|(?:muslim|arab|sikh|middle[-\s]eastern|"
    r"brown|pakistani|somali)\s+(?:guy|man|men|family|woman|women|passengers?|lads?|dudes?))\b[^.!?\n]{0,80}?"
    r"\b(?:(?:check|look|ask)\s+(?:if\s+there(?:'s|\s+is)\s+|for\s+)?(?:a\s+)?(?:later|next|different|another)\s+(?:flight|"
    r"train|bus)|(?:get|got|getting)\s+off\s+the\s+(?:plane|bus|train|tube)|(?:change|changed|changing)\s+(?:flights|seats|"
    r"carriages|trains)|(?:switch|switched|move|moved)\s+seats|"
    r"say\s+a\s+(?:little\s+|quick\s+)?prayer|pray\s+(?:we|the\s+plane)|(?:keep|kept)\s+an\s+eye\s+on\s+(?:his|her|their)\s+"
    r"(?:bag|backpack))"
    # (p77) a continent's or a people's troubles blamed on "the people" themselves
    r"|\b(?:problem|issue)\s+(?:is|was|might\s+be|could\s+be|really\s+is)\s+(?:just\s+)?(?:the\s+people|the\s+population|"
    r"the\s+culture|the\s+race|the\s+genes|the\s+gene\s+pool|the\s+blood)(?:\s+themselves)?\s*(?:[.!?]|$)"
    # (p77) the scam trope made of a Nigerian neighbour ("an email from a Nigerian prince - oh wait,
    # it's just my new neighbour saying hi")
    r"|\bnigerian\s+princes?\b[^.!?\n]{0,80}?\b(?:neighbou?r|co-?worker|colleague|classmate|roommate|in-law|boss|doctor|"
    r"new\s+(?:guy|hire|girl)|nurse|teacher)\b[^.!?\n]*"
    r"|\b(?:trailer[-\s]?park|welfare|council[-\s]estate|ghetto|benefits?|third[-\s]world|immigrant|refugee|migrant)\s+"
    r"(?:breeding(?:\s+programs?)?|breeders?|broodmares?)\b"
    # (p75) "they" recruiting where children read ("Now they're recruiting in libraries"): the
    # grooming slur, whose group the sentence before names
    r"|\bthey(?:['’]re|\s+are)\s+(?:now\s+|openly\s+|actively\s+)?recruiting\s+(?:in|at)\s+(?:our\s+|the\s+)?(?:libraries|"
    r"kindergartens|nurseries|story\s+hours?|primary\s+schools|elementary\s+schools)\b"
    # (p75) someone's job said to fill a quota ("They had to fill the quota somehow", "a diversity
    # hire"); a sales quota is not a group's
    r"|\bfill\s+(?:the|a|their|some|our)\s+(?:diversity|minority|racial|ethnic|gender|affirmative[-\s]action|dei|token)\s+"
    r"quotas?\b|\bto\s+fill\s+(?:the|a|their)\s+quota\s+somehow\b"
    r"|\b(?:she['’]s|he['’]s|she\s+is|he\s+is|they['’]re|they\s+are|just|another|only|obviously|clearly)\s+(?:just\s+|"
    r"only\s+|obviously\s+|clearly\s+)?(?:a\s+|an\s+)?(?:\w+\s+)?diversity\s+hires?\b"
    # (p75) praise for speaking "proper English and everything", surprise that is the insult
    r"|\b(?:speaks?|talks?|spoke)\s+(?:proper|good|perfect|real|normal|decent)\s+english\s+and\s+(?:everything|all|stuff)\b(?=\s*(?:[.!?,]|$))"
    # (p75) names "sounding" foreign in crime news, a pattern left to be noticed
    r"|\b(?:foreign|ethnic|muslim|arab|african|jewish|immigrant|unpronounceable|funny)[-\s]sounding\s+(?:names?|surnames?)\b"
    r"[^.!?\n]{0,60}?\b(?:fraud|crimes?|headlines|arrests?|court|police|scams?|terror\w*|grooming|mugshots?|charged)\b"
    # (p75) people "happier with their own kind", separate neighbourhoods brought back
    r"|\b(?:people|everyone|everybody|folks|humans)\s+(?:are|is)\s+(?:just\s+|simply\s+|naturally\s+)?(?:happier|better\s+off|"
    r"safer|more\s+comfortable)\s+(?:with|among)\s+(?:their|our)\s+own\s+kind\b"
    r"|\btime\s+(?:we|to)\s+(?:had|have|brought\s+back|bring\s+back|went\s+back\s+to)\s+(?:\w+\s+)?(?:separate|segregated)\s+"
    r"(?:neighbou?rhoods|schools|communities|areas|housing|buses|towns|countries|water\s+fountains)\b"
    # (p75) race science in test scores ("certain groups simply score lower on IQ tests")
    r"|\b(?:certain|some|those|these|other)\s+(?:groups|races|ethnicities|populations|peoples)\s+(?:\w+\s+){0,2}?"
    r"(?:score|scored|scores|test|tests|tested)\s+(?:\w+\s+)?(?:lower|worse)\b[^.!?\n]{0,30}?\biq\b"
    # (p75) refugees said to be "young men of fighting age"
    # (not denied: "Asylum seekers aren't all 'young men of fighting age'")
    r"|\b(?:refugees?|migrants?|asylum\s+seekers?)\b(?![^.!?\n]{0,20}?(?:n['’]t\b|\bnot\b|\bnever\b))[^.!?\n]{0,80}?"
    r"\b(?:young\s+)?(?:men|males)\s+of\s+(?:fighting|"
    r"military|battle)\s+age\b"
    # (p75) a people as thieves: count your change around "that lot", the bikes that go missing
    # when they arrive
    r"|\bcount\s+(?:your|the)\s+change\s+(?:twice|again)\b[^.!?\n]{0,60}?\b(?:that\s+lot|those\s+people|these\s+people|"
    r"their\s+kind|that\s+kind|them\s+people|those\s+types)\b"
    r"|\b(?:travell?ers|gypsies|gipsies|roma|romani|pikeys|tinkers)\b[^.!?\n]{0,60}?\b(?:suddenly|and\s+then|next\s+thing)\b"
    r"[^.!?\n]{0,40}?\b(?:go(?:es)?\s+missing|start(?:s|ed)?\s+(?:disappearing|going\s+missing|vanishing)|disappear(?:s|ed)?)\b"
    # (p75) a woman in a trade mocked ("Wow, a female mechanic, hope she remembered which end the
    # engine is in"), a disabled hire called a drag on output
    r"|\b(?:a|another)\s+(?:female|woman|girl|lady)\s+(?:mechanic|pilot|driver|surgeon|engineer|plumber|electrician|"
    r"referee|ceo|boss|programmer|scientist|captain|firefighter|soldier)\b[^.!?\n]{0,20}?\b(?:hope|pray|bet|good\s+luck|"
    r"god\s+help)\b"
    r"|\blet['’]s\s+(?:hire|promote|employ)\s+(?:the\s+|a\s+|an\s+)?(?:wheelchair|blind|deaf|disabled|autistic|"
    r"crippled?|handicapped)\s+(?:\w+\s+)?(?:guy|girl|woman|man|lady|one|kid|person)\b[^.!?\n]{0,40}?\b(?:too\s+high|"
    r"anyway|what\s+could\s+(?:possibly\s+)?go\s+wrong)\b"
    # (p75) "cultural enrichment" in scare quotes, a crime called the enrichment diversity brings
    r"|\b(?:another|more|some|bit\s+of|dose\s+of|spot\s+of|round\s+of)\s+(?:\w+\s+)?['‘\"“](?:cultural\s+)?(?:enrichment|"
    r"diversity|vibrancy)['’\"”]"
    r"|\b(?:some|certain|those|these|their)\s+(?:cultures?|races?|peoples?)\s+(?:are|is)\s+(?:just\s+|simply\s+|naturally\s+|"
    r"inherently\s+)?(?:more\s+prone\s+to\s+(?:violence|crime|rape|terror\w*)|more\s+(?:violent|criminal|savage))\b"
    r"|\bnot\s+(?:hate|racism|racist|bigotry|prejudice)\s*[,;]?\s*(?:that's|it's|that\s+is|it\s+is|just)\s+(?:statistics|"
    r"facts|biology|science|reality|the\s+numbers)\b"
    r"|\b(?:articulate|well-?spoken|smart|intelligent|clean|polite|educated|normal)\s+for\s+(?:someone|somebody|a\s+"
    r"(?:guy|girl|kid|person|man|woman))\s+from\s+(?:that|the\s+wrong)\s+(?:part\s+of\s+(?:town|the\s+city)|side\s+of\s+"
    r"(?:town|the\s+tracks)|neighbou?rhood|area|background|estate|culture|community|country|family|kind\s+of\s+family)\b|"
    # ... or for a skin colour ("She's really pretty for a dark-skinned girl", p73)
    r"\b(?:articulate|well-?spoken|smart|intelligent|clean|polite|educated|normal|pretty|attractive|beautiful|"
    r"handsome|cute|hot|good-?looking)\s+for\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:dark|darker|dark-skinned|darker-skinned|"
    r"brown|brown-skinned|black|black-skinned|ethnic|foreign)(?:\s+(?:girl|guy|woman|man|person|kid|lady|boy))?\b|"
    # the grooming slur made of a community's events ("Pride month is just grooming with a rainbow
    # logo", p73)
    r"\b(?:pride(?:\s+month|\s+parades?|\s+events?)?|drag\s+(?:queen\s+)?(?:story\s+hours?|shows?|queens?|brunch)|"
    r"lgbtq?\+?(?:\s+\w+)?|gender\s+ideology|queer\s+\w+|trans\s+\w+)\s+(?:is|are)\s+(?:just|basically|literally|"
    r"nothing\s+but|all\s+about|really|simply)\s+(?:\w+\s+)?grooming\b|"
    r"\b(?:they(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)?|they're\s+gonna)\s+(?:soon\s+|eventually\s+)?"
    r"(?:outnumber|outbreed|out-breed|replace)\s+(?:us|our\s+(?:people|children|kids|race|nation|grandchildren))\b"
    r"|\b(?:our|this)\s+(?:country|nation|land|city|town|culture|people|continent|europe|america|britain)\s+"
    r"(?:is|are)\s+being\s+(?:handed\s+over|given\s+away|replaced|invaded|overrun|taken\s+over|colonized|colonised|"
    r"islami[sz]ed|erased|flooded|swamped)\b"
    r"|\bturned\s+into\s+(?:a\s+)?little\s+(?:mogadishu|lagos|karachi|baghdad|kabul|islamabad|africa|pakistan|"
    r"somalia|mexico|beijing|calcutta|kolkata|delhi|dhaka|tehran|damascus)\b"
    r"|\bforeign\s+colon(?:y|ies)\s+(?:inside|within|in)\s+our\b"
    r"|\bsend(?:s|ing)?\s+us\s+(?:its|their)\s+(?:criminals|rapists|rejects|scum|dregs)\b"
    r"|\b(?:this|it)\s+(?:isn't|is\s+not|was\s+never|will\s+never\s+be|never\s+was|ain't)\s+their\s+"
    r"(?:country|home|land|nation)\b(?!['’]s)"
    r"|\b(?:when|where)\s+they\s+(?:knew|know|kept\s+to)\s+their\s+place\b"
    r"|\bdumping\s+ground\s+for\s+(?:the\s+)?(?:rest\s+of\s+the\s+world|third[-\s]world|other\s+countries|every\s+country)"
    r"(?:['’]s)?\s+(?:leftovers|rejects|criminals|problems|people|migrants|refugees|trash|garbage|dregs)\b"
    r"|\b(?:the\s+)?(?:holocaust|shoah|srebrenica|armenian\s+['‘\"“]?genocide['’\"”]?|rwandan\s+genocide|nanking|"
    r"nanjing|holodomor)\s+(?:wasn't|was\s+not|never\s+happened|didn't\s+happen|did\s+not\s+happen|"
    r"(?:is|was)\s+(?:a\s+|just\s+a\s+|all\s+a\s+)?(?:myth|hoax|lie|fabrication|exaggeration|military\s+operation)|"
    r"(?:numbers|figures|death\s+toll)\s+(?:have|has|were|was)\s+never\s+been\s+(?:properly\s+)?(?:audited|verified|"
    r"proven|checked))\b"
    r"|\b(?:holocaust|shoah)\s+(?:numbers|figures|death\s+toll)\s+(?:have|has|were|was)\s+never\s+been\s+"
    r"(?:properly\s+|independently\s+|officially\s+|actually\s+|really\s+)?(?:audited|verified|proven|checked|confirmed)\b"
    # (p62) the six million doubted in the same words: "the six million figure was never verified"
    r"|\b(?:six|6)\s+million\s+(?:figure|number|claim)?\s*(?:has|have|was|were)\s+never\s+been\s+(?:\w+\s+)?"
    r"(?:audited|verified|proven|checked|confirmed)\b"
    # (p62) Hitler or the Nazis praised for what they did ("Hitler had the right idea about the
    # Jews"); not asked back to be answered ("Hitler had the right idea? No, he was a monster") nor
    # reported after "think"/"that" ("people who think Hitler was right")
    r"|(?<!think\s)(?<!thinks\s)(?<!thought\s)(?<!that\s)(?<!if\s)\b(?:hitler|the\s+nazis|the\s+third\s+reich)\s+"
    r"(?:(?:really|totally|clearly)\s+)?(?:had\s+the\s+right\s+idea|(?:was|were)\s+(?:right|onto\s+something)|"
    r"did\s+nothing\s+wrong|had\s+a\s+point|should\s+have\s+finished\s+(?:the\s+job|what\s+(?:he|they)\s+started))\b"
    r"(?![^.!?\n]{0,60}\?)"
    # (p62) "13/50" on its own, the dog whistle without the percent signs ("13/50. Look it up."),
    # not a mark out of fifty ("I got 13/50 on the quiz", "scored 13/50")
    r"|(?<![\w/.,])(?<!got\s)(?<!scored\s)(?<!score\s)(?<!of\s)(?<!only\s)13\s*/\s*5[02](?![\w/.,]\d|\d)"
    r"(?!\s*(?:%|percent|on|in|for|at|points?|marks?|questions?|correct|right|pages?|people|votes?|games?|shots?)\b)"
    # (p62) a neighbourhood remembered "before it got so... colorful" (a people by their colour),
    # a city "clean and orderly before the new arrivals came"
    r"|\bbefore\s+it\s+(?:got|became|turned|went)\s+(?:so|too|all|a\s+bit|a\s+little)\W{0,6}(?:colou?rful|diverse|vibrant|"
    r"enriched|ethnic|dark|third[-\s]world)\b(?!\s+(?:with|from|in|after)\b)"
    r"|\b(?:safe|nice|clean|orderly|decent|quiet|peaceful|civili[sz]ed)\b[^.!?\n]{0,60}?\b(?:before|until)\s+(?:the\s+)?"
    r"(?:new\s+arrivals|newcomers|those\s+people|these\s+people|immigrants|migrants|refugees|foreigners|"
    r"asylum\s+seekers)\s+(?:started\s+|began\s+)?(?:moving|coming|arriving|showing|moved|came|arrived|showed|got\s+here)\b"
    # (p62) crime said to follow "certain people" into a neighbourhood
    r"|\bcrime\b[^.!?\n]{0,30}?\b(?:goes|go|went|shoots?|rises?|rose|spikes?|jumps?)\s+up\s+when(?:ever)?\s+"
    r"(?:certain|those|these|some|that\s+kind\s+of|those\s+kinds?\s+of)\s+(?:\w+\s+)?(?:people|folks|types|families|groups)\s+"
    r"(?:move|moved|come|came|arrive|arrived|show|showed|settle|settled)\b"
    # (p62) a people sent away to live "among their own kind"
    r"|\b(?:happier|better\s+off|belong|safer)\s+(?:\w+\s+){0,2}?(?:among|with)\s+their\s+own\s+kind\b[^.!?\n]{0,40}?"
    r"\b(?:far\s+(?:away\s+)?from\s+(?:here|us)|somewhere\s+else|elsewhere|not\s+here|back\s+(?:home|where)|"
    r"in\s+their\s+own\s+(?:countr\w+|lands?|homelands?))"
    # (p62) the "globalists" given a faith or a family in common, the antisemitic code spelled out
    r"|\bglobalists?\b[^.!?\n]{0,100}?\b(?:(?:religion|ethnicity|tribe|heritage|background|ancestry|last\s+names?|surnames?)\s+"
    r"in\s+common|same\s+(?:religion|tribe|ethnicity|ancestry|last\s+names?|surnames?)|(?:specific|certain|particular)\s+"
    r"(?:religion|tribe|ethnicity|ancestry))\b"
    # (p62) the attacker's race the media "never reports", left to be guessed
    r"|\b(?:media|news|press|journalists?|reporters?)\b[^.!?\n]{0,40}?\bnever\s+(?:reports?|mentions?|tells?\s+you|shows?|"
    r"names?)\s+(?:the\s+)?(?:race|ethnicity|religion|skin\s+colou?r|nationality)\s+of\s+(?:the\s+)?(?:attackers?|suspects?|"
    r"criminals?|perpetrators?|killers?|rapists?|shooters?|thugs?|offenders?)\b"
    r"|\b(?:revisit|answer|solve|settle)\s+the\s+jewish\s+question\b|\bjewish\s+question\s+(?:was|has)\s+never\s+"
    r"(?:been\s+)?(?:properly\s+)?(?:answered|solved|settled|resolved)\b"
    r"|\brace\s+realis[tm]\b|\bskull\s+shapes?\b[^.!?\n]{0,80}?\brac(?:e|es|ial)\b"
    # (p64) insinuation: who owns or funds the institutions, left for the reader to "look up"
    # ("Have you ever noticed who owns the Federal Reserve, Hollywood and every major news network?",
    # "Look up who funded it and you'll understand everything"); not "look up who funds the library"
    r"|\b(?:noticed|notice|ask\s+yourself|look\s+up|look\s+into|research|guess|wonder|find\s+out|check)\s+who\s+"
    r"(?:really\s+|actually\s+|secretly\s+)?(?:owns|owned|runs|ran|controls|controlled|funds|funded|financed|bankrolls|"
    r"bankrolled|is\s+behind|was\s+behind|pulls\s+the\s+strings|started)\b[^.!?\n]{0,60}?\b(?:federal\s+reserve|the\s+fed|"
    r"central\s+banks?|banks|banking|wall\s+street|hollywood|media|news|networks|studios|porn\s+industry|slave\s+trade|"
    r"big\s+tech|academia|publishing|feminism|communism|bolshevi\w*|immigration|open\s+borders|refugee\s+(?:charities|ngos)|"
    r"ngos|the\s+(?:un|eu|imf)|world\s+bank)\b"
    r"|\b(?:look\s+up|research|find\s+out|check|google)\s+who\s+(?:really\s+|actually\s+)?(?:funded|funds|financed|owns|"
    r"runs|controls|is\s+behind|was\s+behind|bankrolled|started)\s+(?:it|this|that|them|all\s+of\s+(?:it|this))\b"
    r"[^.!?\n]{0,40}?\b(?:you(?:'ll|\s+will)\s+(?:understand|see|get\s+it)|(?:it\s+)?all\s+makes\s+sense|everything\s+"
    r"makes\s+sense|connect\s+the\s+dots|the\s+rest\s+(?:is|writes))"
    # (p64) a group left unnamed for the reader to fill in ("You know exactly which dual citizens I mean")
    r"|\byou\s+(?:all\s+)?know\s+(?:exactly\s+|very\s+well\s+|full\s+well\s+)?(?:which|who|what\s+kind\s+of)\s+"
    r"(?:\w+\s+)?(?:citizens|globalists|bankers|financiers|people|tribe|families|group|community)\s+"
    r"(?:i\s+mean|i'm\s+talking\s+about|i\s+am\s+talking\s+about|i'm\s+referring\s+to)\b"
    r"|\bdual\s+loyalt(?:y|ies)\b"
    # (p64) people as imports ("When you import the third world, you become the third world",
    # "importing millions of Muslims"); not goods ("importing third-world textiles")
    r"|\b(?:import|imports|importing|imported|importation\s+of)\s+(?:the\s+|a\s+)?(?:millions\s+of\s+|hordes\s+of\s+|"
    r"masses\s+of\s+)?(?:third[-\s]world(?![-\s]+(?:goods|products|produce|coffee|food|textiles|labou?r|crops|manufactur\w*))|"
    r"africa|the\s+middle\s+east|islam|(?:(?:foreign|alien|hostile)\s+)?(?:migrants|immigrants|refugees|foreigners|"
    r"muslims|africans|arabs|pakistanis|somalis|afghans|aliens|savages|voters|populations?|cultures?))\b"
    # (p64) migrants as an army ("military-aged men, not families", "invasions are met with force")
    r"|\b(?:military|fighting|battle)[-\s]aged?\s+(?:men|males)\b[^.!?\n]{0,30}?\b(?:not|rather\s+than|instead\s+of|"
    r"no)\s+(?:real\s+)?(?:families|women|children|refugees|kids)\b"
    r"|\binvasions?\s+(?:are|is|must\s+be|should\s+be|will\s+be|get|gets)\s+(?:met|repelled|answered|stopped|dealt\s+with)"
    r"\s+(?:with\s+|by\s+)?(?:force|bullets|guns|violence|fire|lead|steel|arms)\b"
    # (p64) a faith called no faith but a conquest or a cult, its houses of worship military posts
    r"|\b(?:islam|judaism|sikhism|hinduism)\s+(?:is\s+not|isn't|was\s+never|is\s+no)\s+(?:a\s+|really\s+a\s+|even\s+a\s+)?"
    r"religion\b[^.!?\n]{0,20}?\b(?:it's|it\s+is|but|just|rather)\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}?(?:ideology|cult|"
    r"movement|doctrine|conquest|supremacism|death\s+cult)\b"
    r"|\b(?:every|each)\s+(?:new\s+)?(?:mosque|synagogue|temple|gurdwara|madrassa|islamic\s+cent(?:re|er))\s+(?:is|are|becomes)\s+"
    r"(?:a|an|another|just\s+a)\s+(?:\w+\s+){0,2}?(?:base|outpost|beachhead|garrison|barracks|colony|fortress|"
    r"training\s+camp|recruiting\s+station|front)\b"
    # (p64) a trans woman called a man; a woman's place as her nature
    r"|\b(?:(?:a\s+)?man\s+in\s+a\s+dress|trans\s*(?:women|woman)|transwom[ae]n)\s+(?:is|are)\s+(?:still\s+|just\s+|always\s+|"
    r"really\s+|nothing\s+but\s+)?(?:a\s+)?(?:men|man|males?|blokes?|dudes?|(?:a\s+)?men\s+in\s+dresses)\b"
    r"(?!\s+(?:and|who|that)\b)"
    r"|\b(?:women's|a\s+woman's|their|her)\s+(?:natural|proper|true|god-given|rightful|biological)\s+(?:role|place|purpose|"
    r"job|calling)\s+is\s+(?:motherhood|in\s+the\s+(?:home|kitchen)|at\s+home|the\s+(?:home|kitchen)|to\s+(?:serve|obey|"
    r"breed|have\s+(?:children|babies|kids)|stay\s+(?:at\s+)?home|raise\s+(?:children|kids))|being\s+(?:a\s+)?(?:mothers?|"
    r"wives?|homemakers?))\b"
    # (p64) a people's culture called make-believe meant to shame "decent" people
    r"|\b(?:designed|meant|invented|made\s+up|used)\s+to\s+guilt(?:-?trip)?\s+(?:decent|white|ordinary|hard-?working|normal|"
    r"honest)\b"
    r"|\b(?:aboriginal|indigenous|native|african|maori|first\s+nations|black)\s+(?:american\s+|australian\s+)?(?:culture|history|heritage|spirituality)\s+"
    r"(?:is|was)\s+(?:just\s+|only\s+|merely\s+|nothing\s+but\s+)?(?:a\s+)?(?:collection\s+of\s+|bunch\s+of\s+)?"
    r"(?:campfire\s+stories|fairy\s+tales|made[-\s]up|fake|primitive|a\s+joke|savage|worthless|invented)\b"
    # (p64) a group avoided in the street "for a reason" ("there's a reason I cross the street when a
    # group of young Black men ...")
    r"|\b(?:cross\s+the\s+(?:street|road)|clutch\s+my\s+(?:purse|bag)|lock\s+(?:my|the)\s+(?:car\s+)?doors|"
    r"hold\s+my\s+bag\s+tighter|move\s+seats|change\s+carriages)\s+(?:when(?:ever)?|if)\b[^.!?\n]{0,50}?\b(?:black|brown|"
    r"muslim|arab|mexican|gypsy|gypsies|roma|romani|somali|african|asian|latino|hispanic|pakistani|trans|gay)\b"
    # (thirty-fourth session, p36) the "13 %" dog whistle; a place that "used to be safe" before
    # newcomers; a vice that "always seems to come from the same religion"; praise for rising above
    # an upbringing in a mosque or a ghetto
    r"|\b13\s*%[^.!?\n]{0,60}?(?:you\s+know\s+the\s+rest|do\s+the\s+math|\b(?:50|52|over\s+half)\s*%?\s+of\s+(?:the\s+)?"
    r"(?:crime|murders|homicides|violent\s+crime|arrests))"
    r"|\b13\s*%\s+of\s+(?:the\s+)?population\s*,?\s+(?:over\s+half|50\s*%|52\s*%)\s+of\s+the\b"
    r"|\bused\s+to\s+be\s+(?:safe|nice|clean|decent|quiet|a\s+nice\s+place|a\s+good\s+place)\s+(?:before|until)\s+(?:the\s+)?"
    r"(?:new\s+arrivals|those\s+people|these\s+people|immigrants|migrants|refugees|foreigners|asylum\s+seekers)\s+"
    r"(?:started\s+|began\s+)?(?:moving|coming|arriving|showing|moved|came|arrived|showed)\b"
    r"|\b(?:benefits|welfare|handouts|crime|criminals|gangs?|terror\w*|grooming|rapists?|thieves|scammers)\b[^.!?\n]{0,80}?"
    r"\balways\s+(?:seem\s+to\s+|seems\s+to\s+|happen\s+to\s+)?(?:come|be)\s+from\s+(?:the\s+same|that|one)\s+"
    r"(?:religion|race|country|background|community|culture|ethnicity|part\s+of\s+(?:the\s+)?(?:world|town|city))\b"
    r"|\b(?:articulate|well-?spoken|smart|intelligent|clean|polite|educated|normal)\s+for\s+(?:someone|somebody|a\s+"
    r"(?:guy|girl|kid|person|man|woman))\s+(?:who|from|raised|that)\b[^.!?\n]{0,60}?\b(?:mosque|synagogue|ghetto|hood|"
    r"projects|reservation|barrio|trailer\s+park|refugee\s+camp)\b",
    re.IGNORECASE,
)
# The trope named as hate, reported, or denied ("the 'great replacement' is a racist conspiracy
# theory", "my uncle says ...", "it's a myth that ..."): read outside the trope's own words.
_NAMED_OR_REPORTED = compile_prefiltered(
    r"\b(?:racis[tm]|white\s+supremacis\w*|neo-?nazi\w*|antisemit\w*|anti-semit\w*|dog[-\s]?whistles?|"
    r"conspiracy|propaganda|extremis\w*|far-right|bigot\w*|misogyn\w*|sexis[tm]|hateful|hate\s+speech|"
    r"stereotyp\w*|prejudic\w*|trope|denial|deniers?|denialism|revisionis\w*|debunk\w*|myth|lie|lies|false|"
    r"nonsense|disgusting|offensive|ignorant|says|(?<!what\sshe\s)(?<!what\she\s)(?<!what\sthey\s)(?<!what\syou\s)said|"
    r"say|saying|claims?|claimed|claiming|told\s+(?:me|us|her|him)|"
    r"tells\s+(?:me|us)|tell\s+me|called|calls|asked\s+me|heard|believes?|thinks|insists?|argues?|reported|"
    r"crimes?\s+to\s+deny|illegal\s+to\s+deny|history\s+of|historians?|smears?|canards?|"
    # assuming reported or forbidden ("assuming they're all spies is racist", "don't assume ..."), not
    # the trope's own imperative ("Assume every Chinese student ... is reporting back", p77); no
    # reason for a denial ("there's no reason gay men shouldn't be teachers")
    r"assum(?!e\b)\w*|(?:don't|do\s+not|never|stop|not|shouldn't)\s+assume|no\s+(?:good\s+)?reason|"
    # (the stop review) "It isn't true that ...", "I would never tell someone to go back where they came from"
    r"(?:isn['’]t|is\s+not|not)\s+true|(?:would|will)\s+never\s+(?:tell|say|call)|tell\s+(?:someone|anyone|people)|"
    # (p75) a figure called misused ("That 13/50 statistic gets misused constantly; it ignores ...")
    r"misus\w*|misleading|mislead\w*|cherry-?pick\w*|out\s+of\s+context)\b",
    re.IGNORECASE,
)
# The writer's disclaimer before a trope ("I'm not racist, but ...", "not to be racist, but"): it
# names the accusation to head it off, not to denounce the trope (p62).
_DISCLAIMER = compile_prefiltered(
    r"\b(?:(?:i'?m|i\s+am|im)\s+not\s+(?:a\s+|being\s+)?|not\s+(?:to\s+be|being)\s+|"
    # (p77) "It's not homophobic to say ...", "it isn't racist to notice ..."
    r"(?:it's|it\s+is|that's|that\s+is|it\s+isn't|that\s+isn't)\s+(?:not\s+)?)(?:racist|sexist|bigot(?:ed)?|"
    r"homophobic|transphobic|antisemitic|anti-semitic|xenophobic|islamophobic|prejudiced|ableist|hateful)\b"
    r"(?:\s+to\s+(?:say|think|point\s+out|notice|admit|believe|want|ask|question|state))?",
    re.IGNORECASE,
)
_QUOTE_MARKS = compile_prefiltered(r"[\"“”«»]")
_SINGLE_OPEN = compile_prefiltered(r"(?:^|[\s(\[:,])['‘](?=\w)")
_SINGLE_CLOSE = compile_prefiltered(r"(?<=[\w.!?])['’](?=[\s.,;:!?)]|$)")


def hate_trope(sentence: str) -> bool:
    """Whether ``sentence`` puts a group down with one of the implicit-hate tropes, in the
    writer's own voice."""
    match = _ON_THEIR_OWN.search(sentence)
    if match is None:
        match = _WITH_GROUP.search(sentence)
        if match is None or not (_GROUP.search(sentence) or _US_AND_THEM.search(sentence)):
            return False
    outside = _DISCLAIMER.sub(" ", sentence[: match.start()] + " " + sentence[match.end() :])
    if _NAMED_OR_REPORTED.search(outside):
        return False
    # Inside double quotes, or single quotes opened before it and closed after it ("Why is 'she only
    # got the job because she's a woman' still a thing?"): quoted, to be read by the counter-speech
    # reading.
    # (the opening quote's lookahead reads the trope's first letter: the search ends one past its start)
    if _SINGLE_OPEN.search(sentence, 0, match.start() + 1) and _SINGLE_CLOSE.search(sentence, match.end()):
        return False
    return len(_QUOTE_MARKS.findall(sentence[: match.start()])) % 2 == 0
