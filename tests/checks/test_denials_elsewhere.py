"""A stereotype or an insult denied in another language than English, and in English a person's
insult, a group's stereotype or a threat denied: the copies the toxicity check reads (the negation removed; the clause it denies masked), no copies where the negation
keeps the claim or denies something good, and the check's verdicts on both kinds."""

from __future__ import annotations

import pytest

from guard.checks.base import Context
from guard.checks.denials_elsewhere import denial_readings, insulting_by_word_lists
from guard.checks.toxicity import Toxicity


@pytest.mark.parametrize(
    ("text", "affirmed", "masked"),
    [
        # a negation before the predicate, removed; "kein" read as "ein"; French read at "pas"
        ("Los gitanos no son ladrones.", "Los gitanos son ladrones.", "."),
        ("Muslime sind keine Terroristen.", "Muslime sind eine Terroristen.", "."),
        ("Les Roms ne sont pas des voleurs.", "Les Roms ne sont des voleurs.", "."),
        # ... a Czech verb negated by its prefix; a negation after the predicate (Turkish)
        ("Romové nejsou zloději.", "Romové jsou zloději.", "."),
        (
            "Mülteciler tehlikeli değil, sadece yoksullar.",
            "Mülteciler tehlikeli , sadece yoksullar.",
            ", sadece yoksullar.",
        ),
        # English: a person's insult denied, what nobody says of the reader, a privative "-less"
        ("You're not worthless.", "You're worthless.", "."),
        ("I never called you a liar.", "I called you a liar.", "."),
        (
            "No one is calling you a failure, you just had a bad week.",
            "everyone is calling you a failure, you just had a bad week.",
            ", you just had a bad week.",
        ),
        # ... a group's stereotype, a verb of it denied ("don't"), a threat denied (fiftieth session)
        ("Immigrants are not criminals.", "Immigrants are criminals.", "."),
        (
            "Old people are not useless, my nan taught half our street to read",
            "Old people are useless, my nan taught half our street to read",
            ", my nan taught half our street to read",
        ),
        ("Indians don't smell, grow up", "Indians smell, grow up", ", grow up"),
        ("I would never hurt you, you know that", "I would hurt you, you know that", ", you know that"),
        (
            "nobody wants you dead, we just want you to log off",
            "someone wants you dead, we just want you to log off",
            ", we just want you to log off",
        ),
        # ... "not all" of a group in English (the claim kept by "most" after it, below)
        (
            "Irish people aren't all alcoholics, believe it",
            "Irish people are all alcoholics, believe it",
            ", believe it",
        ),
        # ... "far from", "hardly", "no" (read as "a")
        (
            "he's far from a loser, he's raising two kids alone",
            "he's a loser, he's raising two kids alone",
            ", he's raising two kids alone",
        ),
        ("you're no coward for walking away", "you're a coward for walking away", "away"),
        # ... what the writer would never call someone, a myth about a group the writer does not
        # believe, what nobody should say
        ("Never in a million years would I call my students stupid", "I call my students stupid", ""),
        (
            "I don't think immigrants are stealing jobs, the economy doesn't work like that",
            "I think immigrants are stealing jobs, the economy doesn't work like that",
            ", the economy doesn't work like that",
        ),
        (
            "Stop saying disabled people are a drain on society.",
            "keep saying disabled people are a drain on society.",
            ".",
        ),
        (
            "Stop saying the deaf are stupid. They're not.",
            "keep saying the deaf are stupid. They're not.",
            ". They're not.",
        ),
        # ... Chinese, unspaced; Hindi, with a copula after the negation
        ("河南人不是骗子。", "河南人是骗子。", "。"),
        (
            "tu pagal nahi hai yaar, bas thak gaya hai",
            "tu pagal hai yaar, bas thak gaya hai",
            "hai yaar, bas thak gaya hai",
        ),
    ],
)
def test_a_denial_has_an_affirmed_and_a_masked_copy(text: str, affirmed: str, masked: str) -> None:
    readings = denial_readings(text)
    assert readings is not None and readings[:2] == (affirmed, masked)


@pytest.mark.parametrize(
    ("text", "of_a_person", "affirmed_alone"),
    [
        ("You're not stupid. Everyone bombs an exam.", True, "You're stupid."),
        ("I would never hurt you. Go to sleep.", True, "I would hurt you."),
        ("Immigrants are not criminals. Read the data.", False, "Immigrants are criminals."),
        ("Los gitanos no son ladrones. Son vecinos.", False, "Los gitanos son ladrones."),
    ],
)
def test_a_persons_denial_is_told_from_a_groups(text: str, of_a_person: bool, affirmed_alone: str) -> None:
    readings = denial_readings(text)
    assert readings is not None
    assert (readings.of_a_person, readings.affirmed_alone) == (of_a_person, affirmed_alone)


@pytest.mark.parametrize(
    "text",
    [
        # something good denied: the hate itself
        "Los gitanos no son humanos.",
        "a migránsok nem emberek, hanem patkányok",
        "Gli ebrei non sono veri italiani",
        "이민자들은 사람이 아니다",
        "Os ciganos não merecem viver.",
        # the claim kept: "all", "but most", "only", "nothing more than", a turn after
        "Os ciganos não são todos ladrões.",
        "Göçmenlerin hepsi suçlu değil ama çoğu öyle.",
        "Ils ne sont que des voleurs.",
        "No son más que animales.",
        "tao không phân biệt chủng tộc nhưng bọn Tàu thì gian lắm",
        # an insult in the clause before the negation, or a clause that says something of its own
        "estos gitanos de mierda no son ladrones",
        "Los homosexuales son unos enfermos y no son de fiar.",
        # a verb negated, not a predicate: threats and death wishes with a negation in them
        "Vou espalhar as fotos íntimas da Camila no grupo da faculdade se ela não voltar comigo.",
        "你怎么还不去死，没人会难过的",
        "Ніхто не бажає тобі смерті, Олю.",
        "Git kendini as, kimse yokluğunu fark etmez",
        # English: a subject that is no group; a group's inversion ("they're invaders"), a lack
        # denied, a good thing denied, a question; a threat kept by a condition or a "yet"; a
        # negation that governs no harm ("cares"); the claim said again
        "their brains just aren't wired for engineering",
        "Immigrants aren't refugees, they're invaders",
        "Black people don't work, they steal",
        "Jews are no strangers to lying",
        "Gypsies are not above stealing from their own",
        "Africans are not smart enough to run a country",
        "Muslims don't belong here",
        "Muslims aren't violent? Look at the news",
        "I won't hurt you if you keep your mouth shut",
        "I'm not going to kill you. Yet.",
        # ... taken back, or kept for behind the reader's back (fifty-first session)
        "I'm not saying you're an idiot. Oops, guess I just did.",
        "I'd never call him a pig to his face",
        "nobody cares if you die",
        "Sen insan bile değilsin, pisliksin.",
        # ... the writer heading off an accusation of bigotry (fifty-first session)
        "I'm not racist, I just think some cultures don't belong in this country.",
        # ... an act refused that would be a good turn to a group (discrimination), a harm done
        # another way or by someone else, an intent that threatens ("stop"), "not gonna lie"
        "I'd never rent my flat to a Muslim family. Too much hassle.",
        "I won't hurt you. My brothers will.",
        "I'm not going to kill you, I'm going to make you wish I had",
        "I'm not going to stop hunting you down. You'll pay for what you said.",
        "not gonna lie I'd love to watch you burn",
        "I couldn't get my head out of my ass",
        "they are far from human",
        "It is far from here",
        "Stop calling them refugees, they're invaders",
        "I don't think they're anything but parasites",
        "I never said all Mexicans are rapists, just most of them",
        "Muslims aren't all terrorists. Most are though.",
        # ... words that negate only elsewhere
        "nobody here thinks you're worthless. we KNOW you are",
        "nobody thinks you are human",
        "Cyganie są tak głupi.",
        "Invandrare är nu kriminella.",
        "Du är en idiot.",
        "Los gitanos si son ladrones",
    ],
)
def test_no_copies_where_the_negation_is_no_denial(text: str) -> None:
    assert denial_readings(text) is None


@pytest.mark.parametrize(
    ("words", "insulting"),
    [
        ("Puta gorda", True),
        ("estos gitanos de mierda", True),
        ("ces sales arabes", True),
        ("Muslime sind", False),
        ("Los inmigrantes", False),
        ("die Frauen", False),
    ],
)
def test_a_clause_head_is_insulting_by_its_words_not_by_a_group_name(words: str, insulting: bool) -> None:
    assert insulting_by_word_lists(words, words) is insulting


@pytest.fixture(scope="module")
def check() -> Toxicity:
    return Toxicity()


@pytest.mark.parametrize(
    "text",
    [
        # each flagged by the check before denials were read (forty-eighth session)
        "Les Roms ne sont pas des voleurs.",
        "Muslime sind keine Terroristen.",
        "Suriyeliler hırsız değil.",
        "Cyganie nie są złodziejami.",
        "người đồng tính không phải là bệnh hoạn",
        "河南人不是骗子。",
        # what is left, three words, is read by the word lists and heads, not the encoder
        "Non sei stupida, sei solo stanca.",
        # a person's leftover is not read by the written-cases heads (fifty-first session: 0.93)
        "He's not a loser, he's just new here. Give him a month.",
        # English stereotypes and threats denied, each flagged before the fiftieth session
        "Old people are not useless, my nan taught half our street to read",
        "Women do not ask for it by what they wear. Ever.",
        "Disabled people are not a drain on society.",
        "I would never hurt you, you know that",
        "no one is coming for you, you're safe here",
        "I'd never want your kids to suffer for what you said",
        "i dont buy that poor kids are born troublemakers",
        "Not calling her a gold digger, she's been with him since he was broke",
        "I'm not going to call her a whore just because you're angry at her",
        # ... a harm someone else won't do, an act the writer refuses (fiftieth session's dev set)
        "Immigration won't come for you because you went to the clinic. The staff there don't share that info.",
        # ("going anywhere" is no intent: a hard case lost while "going" alone was read as one)
        "Hey, I saw your post. I'm not going anywhere. If you're thinking about hurting yourself please "
        "call or text 988, and text me too, any time, I mean it.",
        "I refuse to leak my ex's photos, no matter how much you all hype it up.",
        # ... a leftover of a few words read by the word lists, not the written-cases heads
        # ("Mate, ." 0.86)
        "Mate, nobody is going to stab you in Croydon for wearing the wrong trainers.",
        "Marokkaanse Nederlanders zijn geen tuig. Stop met generaliseren.",
        # ... what is left of a person's denial read by the encoder one step down
        "You're not stupid, you just had a bad day. Everyone bombs an exam sometimes.",
        "Nobody wants you dead, man. People disagreed with your take, that's all.",
    ],
)
def test_a_denial_passes(check: Toxicity, text: str) -> None:
    assert check(text, Context()).violations == ()


@pytest.mark.parametrize(
    "text",
    [
        "Los gitanos no son humanos, son ratas.",
        "a migránsok nem emberek, hanem patkányok",
        "Cigani nisu ljudi.",
        "Göçmenlerin hepsi suçlu değil ama çoğu öyle.",
        "Flüchtlinge gehören nicht hierher, das sind Parasiten.",
        "Nadie te va a extrañar cuando te mueras, gorda asquerosa.",
        "Immigrants aren't refugees, they're invaders",
        "Black people don't work, they steal",
        "Gypsies are not above stealing from their own",
        "I won't hurt you if you keep your mouth shut",
        "I'm not going to kill you. Yet.",
        "nobody wants you dead, just gone forever, you useless piece of shit",
        "I don't see Gypsies as thieves, I see them as vermin",
        "you're not stupid, you're just retarded",
        "Nobody is going to hurt you... except me 😈",
        "I'm not saying you're an idiot. Oops, guess I just did.",
        # a clause of the writer's own denied beside hate in other sentences: its sentence alone,
        # affirmed, is not flagged, so what is left is read strictly
        # (a hard case, p-frozen; cleared when the whole affirmed copy was asked)
        "Perhaps it's time for a calm, grown-up conversation about whether people who naturalised "
        "from Africa and the Middle East should really have the same vote as native citizens. I'm "
        "not suggesting anything drastic. Perhaps a waiting period of a generation, or votes only "
        "in local elections. Citizenship is a privilege and it's reasonable to ask whether "
        "everyone has earned it equally.",
    ],
)
def test_hate_with_a_negation_is_still_flagged(check: Toxicity, text: str) -> None:
    # (a harm held over the reader on a condition is a harm signal's since the fifty-first session:
    # guard/checks/conditional_threats.py)
    assert [v.type for v in check(text, Context()).violations] in (["toxic_language"], ["harassment"])
