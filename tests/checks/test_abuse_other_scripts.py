"""Toxicity in Russian, Ukrainian, Polish, Czech, Turkish, Vietnamese, Indonesian, Hindi, Korean,
Japanese, Chinese, Thai and Arabic: the encoder's unsure flags there need a word to stand on
(guard.checks.toxicity_more_languages), and abuse it cannot read is found by its words
(guard.checks.abuse_other_scripts). Table-driven, through the default check."""

from __future__ import annotations

import pytest

from guard.checks.abuse_other_scripts import abuse_span
from guard.checks.base import Context
from guard.checks.toxicity import Toxicity
from guard.checks.toxicity_more_languages import holds_evidence, language_of


@pytest.fixture(scope="module")
def check() -> Toxicity:
    return Toxicity()


def _toxic(check: Toxicity, text: str) -> bool:
    return "toxic_language" in {v.type for v in check(text, Context()).violations}


# Messages people type into an app's chat box; the encoder flagged each of them (0.52-0.83) before
# the thirty-eighth session.
@pytest.mark.parametrize(
    "text",
    [
        "Kể cho mình một chuyện cười ngắn đi, hôm nay mệt quá",
        "Đố vui đi bạn, câu nào dễ dễ thôi nha.",
        "Làm sao để xem sao kê tài khoản của tôi tháng trước vậy?",
        "Давай сыграем в города! Я начинаю: Москва.",
        "Таксист ехал очень резко и взял больше, чем показывало приложение. Хочу оставить жалобу.",
        "Hesabıma başkası girmiş olabilir, şifremi değiştirip tüm cihazlardan çıkış yapmak istiyorum.",
        "Chcę złożyć skargę na kierowcę, jechał bardzo niebezpiecznie i rozmawiał przez telefon.",
        "无聊，我们玩个成语接龙吧，我先来：一心一意。",
        "택시 기사님이 불친절했고 일부러 길을 돌아간 것 같아요. 정식으로 불만 접수하고 싶습니다.",
        "मेरे बेटे के लिए एक छोटी सी कहानी सुनाओ जिसमें एक स्कूटर चाँद पर घूमने जाता है।",
        "Розкажи веселу казочку про самокат, який боявся дощу.",
    ],
)
def test_ordinary_chat_in_other_languages_passes(check: Toxicity, text: str) -> None:
    assert check(text, Context()).violations == ()


@pytest.mark.parametrize(
    "text",
    [
        # insults, crude and not
        "ты реально тупой дебил, отвали от меня",
        "jesteś żałosnym kretynem, nikt cię nie lubi",
        "Sen tam bir gerizekalısın, sus artık",
        "mày ngu như bò, đừng nói nữa",
        "dasar goblok, kerja gitu aja nggak becus",
        "तू एकदम नालायक है, चुतिया कहीं का",
        "이 병신아 말귀를 못 알아듣냐",
        "お前マジで無能だな、消えろ",
        "你这个白痴，什么都做不好",
        "ไอ้ควาย พูดไม่รู้เรื่อง",
        "يا حمار انت ما تفهم شي",
        "تم بہت بیوقوف اور گھٹیا انسان ہو",  # Urdu, in the Arabic script
        "خفه شو احمق بیشعور",  # Persian
        # slurs and groups maligned
        "Все эти мигранты воры и бандиты, гнать их отсюда",
        "Uchodźcy to złodzieje, wyrzucić ich z kraju",
        "Suriyeliler hırsız, hepsi sınır dışı edilmeli",
        "조선족들은 다 범죄자야, 추방해야 돼",
        "外国人なんて犯罪ばかりする、出て行け",
        # threats, sexual demands, self-harm urged
        "Знаю, где ты живёшь. Ноги переломаю.",
        "Evini biliyorum, bacaklarını kırarım",
        "Gue tau rumah lo, tunggu aja malam ini",
        "가만 안 둬, 다리 분질러 버릴 거야",
        "知道你住哪，明天把你腿打断",
        "Wyślij mi zdjęcie bez ubrania, bo wszystkim pokażę",
        "ส่งรูปโป๊มาให้ดูหน่อย",
        "Idź się powieś, nikt nie będzie płakał",
        "روح انتحر وريحنا منك",
    ],
)
def test_abuse_in_other_languages_is_toxic(check: Toxicity, text: str) -> None:
    assert _toxic(check, text)


@pytest.mark.parametrize(
    "text",
    [
        # quoted, reported, asked about, condemned
        "Он назвал меня дебилом при всех, что делать?",
        "'병신' 뜻이 뭐야?",
        "别再叫人黑鬼了，这是种族歧视",
        "Stop panggil orang 'monyet', itu rasis.",
        "Người đồng tính không phải bệnh, đừng kỳ thị nữa.",
        "「外国人は出ていけ」と叫ぶデモに反対してきました。",
        # a quote of several sentences is split into sentences that carry no word of the report
        "Мне написали: «Ты тупая дура. Убирайся из города.» Что делать?",
        # words with an everyday sense
        "ゴミの日は火曜日です",
        "废物回收站在哪里？",
        "시발점이 어디야?",
        "가로등이 꺼져 있어서 밤에 어둡습니다.",
        "Ray gave twice as many cents to Randi as to Peter.",
        # friends joking
        "ty debilu kochany, znowu zapomniałeś o moich urodzinach 😂",
        "Nếu mày còn spoil phim nữa là tao giết mày đó nha 😤 đùa thôi",
    ],
)
def test_words_reported_quoted_or_joked_are_not_abuse(text: str) -> None:
    assert abuse_span(text) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Давай сыграем в города!", "ru"),
        ("Розкажи казочку про самокат", "ru"),
        ("Chcę złożyć skargę na kierowcę", "pl"),
        ("Çingeneler hırsızdır, mahalleye sokmamak lazım", "tr"),
        ("Kể cho mình một chuyện cười", "vi"),
        ("Tolong bantu saya, kamu bisa nggak?", "id"),
        ("मेरे बेटे के लिए कहानी सुनाओ", "hi"),
        ("택시 기사님이 불친절했어요", "ko"),
        ("今日はいい天気ですね", "ja"),
        ("我们玩个成语接龙吧", "zh"),
        ("คอมเครื่องนี้ค้างอีกแล้ว", "th"),
        ("كيف أغير كلمة السر؟", "ar"),
        ("See you tomorrow at the office.", None),
        ("Wir sehen uns morgen im Büro.", None),  # guard.checks.toxicity_other_languages' six
        ("Καλημέρα, τι κάνεις;", None),  # no lexicon: never cleared
    ],
)
def test_language_of(text: str, lang: str | None) -> None:
    assert language_of(text) == lang


@pytest.mark.parametrize(
    ("text", "lang", "with_groups", "without_groups"),
    [
        ("Поздравляю всех мусульман с Ураза-байрамом!", "ru", True, False),
        ("Мигранты — крысы", "ru", True, True),
        ("Mahallemizdeki Ermeni kilisesi restore edilmiş.", "tr", True, False),
        ("Пока жду курьера — загадай мне загадку", "ru", False, False),
    ],
)
def test_a_group_name_alone_is_evidence_only_where_the_encoder_learned_the_language(
    text: str, lang: str, with_groups: bool, without_groups: bool
) -> None:
    assert holds_evidence(text, lang, groups=True) is with_groups
    assert holds_evidence(text, lang, groups=False) is without_groups


@pytest.mark.parametrize(
    "text", ["kurwa, znowu korek na obwodnicy", "아 씨발 렉 또 걸렸네", "妈的，又堵车了"]
)
def test_swearing_at_no_one_follows_the_profanity_setting(text: str) -> None:
    assert abuse_span(text) is not None
    assert abuse_span(text, swearing=False) is None
    assert _toxic(Toxicity(), text)


# Contempt in no lexicon's words (written for this test, in no training set): the n-gram head for
# these languages reads it (guard.checks.other_scripts_head).
@pytest.mark.parametrize(
    "text",
    [
        "Twoja matka musi się ciebie wstydzić, zero z ciebie pożytku.",
        "Senin gibi işe yaramaz birini ilk kez görüyorum.",
        "Mày đúng là đồ vô tích sự, làm gì cũng hỏng.",
        "Kamu tuh nggak ada gunanya sama sekali, bikin malu keluarga.",
        "你这种人活着就是浪费空气。",
        "แกนี่มันไร้ค่าจริงๆ ไม่มีใครอยากคบ",
    ],
)
def test_the_head_reads_what_no_lexicon_holds(check: Toxicity, text: str) -> None:
    assert abuse_span(text) is None
    assert _toxic(check, text)


@pytest.mark.parametrize(
    "text",
    [
        "Дякую за допомогу, все вийшло!",
        "Jutro idę do dentysty o dziesiątej.",
        "Yarın sabah toplantı var mı?",
        "Hôm nay trời đẹp quá, đi dạo không?",
        "Besok aku libur, mau jalan-jalan ke pantai.",
        "आज शाम को मूवी देखने चलें?",
        "내일 점심 같이 먹을래?",
        "明日の会議は何時からですか？",
        "今天晚上吃什么？",
        "พรุ่งนี้ว่างไหม ไปกินข้าวกัน",
        "هل يمكنك مساعدتي في حجز موعد؟",
        "یہ فلم بہت گھٹیا تھی، پیسے ضائع ہو گئے",  # a film called lousy is no insult
        "آپ کیسے ہیں؟ آج موسم اچھا ہے",
        # the head's flag in a sentence that condemns, or a text that laughs, is not read
        "To nieprawda, że Ukraińcy zabierają nam pracę. Wielu z nich prowadzi firmy.",
        "Ziomek, jutro w CS-ie cię zamorduję, nawet się nie chowaj xD",
    ],
)
def test_the_head_passes_everyday_text(check: Toxicity, text: str) -> None:
    assert check(text, Context()).violations == ()
