"""The drafter on shapes of the genre that the fixture articles do not have.

Every text here is invented (HƯ CẤU / FICTIONAL): short articles written to
exercise one trap each — titles before names, unknown organisations in a
chain, bylines and source lines, dash-joined organisers, military regions,
homographs that only diacritics tell apart, and layouts with no indentation.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.text import canonical

FIXTURES = Path(__file__).parent / "fixtures"

DATELINE = "Hải Phòng, ngày 05 tháng 3 năm 2023\n\n"


def draft(drafter, body: str, headline: str = "UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022"):
    return drafter.draft_text(DATELINE + headline + "\n\n" + body, article_id="hu-cau", text_ref="hu-cau.txt")


def posts(result, name: str) -> set[str]:
    people = {canonical(p["name"]): p["id"] for p in result.record.get("people", [])}
    return {h["post"] for h in result.record.get("holdings", []) if h["person"] == people[canonical(name)]}


def names(result) -> set[str]:
    return {p["name"] for p in result.record.get("people", [])}


def test_title_before_a_name_with_a_one_letter_given_name(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. "
                            "Dự có Chủ tịch HĐND quận Nguyễn Văn A.\n")
    assert posts(result, "Nguyễn Văn A") == {"chu-tich@hdnd-le-chan"}
    assert "Lê Chân" not in names(result)  # a district named after a person is a place here


def test_unknown_organisation_in_a_chain_is_stepped_over(drafter):
    result = draft(drafter, "          Ngày 9/1/2023, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. "
                            "Đồng chí Nguyễn Xuân Kỳ, Ủy viên Ủy ban Kiểm tra Trung ương, Bí thư Thành ủy, Chủ tịch "
                            "HĐND thành phố dự hội nghị.\n")
    assert posts(result, "Nguyễn Xuân Kỳ") == {"bi-thu@thanh-uy-hai-phong", "chu-tich@hdnd-hai-phong"}
    assert any("Ủy viên Ủy ban Kiểm tra Trung ương" in n for n in result.notes)


def test_member_of_the_party_central_committee(drafter):
    result = draft(drafter, "          Ngày 9/1/2023, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. "
                            "Đồng chí Nguyễn Xuân Kỳ, Ủy viên Trung ương Đảng, Bí thư Thành ủy dự hội nghị.\n")
    assert posts(result, "Nguyễn Xuân Kỳ") == {"uy-vien@bch-tw-dang", "bi-thu@thanh-uy-hai-phong"}


def test_name_with_no_separator_before_its_post_and_bracketed_post(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. "
                            "Dự có đ/c Lê Minh Phó Bí thư Quận ủy, Chủ tịch UBND quận; ông Trần Văn Cường "
                            "(Chủ tịch UBND phường An Biên).\n")
    assert posts(result, "Lê Minh") == {"pho-bi-thu@quan-uy-le-chan", "chu-tich@ubnd-le-chan"}
    assert posts(result, "Trần Văn Cường") == {"chu-tich@ubnd-an-bien"}


def test_list_after_a_colon_and_semicolons(drafter):
    result = draft(drafter, "Ngày 10/12/2022, UBND huyện An Lão tổ chức Hội nghị tổng kết năm 2022.\n"
                            "Đến dự có các đồng chí: Nguyễn Văn Minh, Phó Bí thư Thường trực Huyện ủy; Trần Quang Huy, "
                            "Chủ tịch UBND huyện.\n", headline="Huyện An Lão tổng kết năm 2022")
    assert posts(result, "Nguyễn Văn Minh") == {"pho-bi-thu@huyen-uy-an-lao"}  # "Thường trực" refines the role
    assert posts(result, "Trần Quang Huy") == {"chu-tich@ubnd-an-lao"}
    attending = {a.get("person") for a in result.record["attendance"]}
    assert {"nguyen-van-minh", "tran-quang-huy"} <= attending


def test_dash_joined_organisers_and_a_ward_event(drafter):
    result = draft(drafter, "          Chiều ngày 14/12, Đảng ủy - HĐND - UBND phường Anh Dũng tổ chức hội nghị tổng "
                            "kết công tác quốc phòng, quân sự địa phương năm 2022. Nhân dịp này, UBND phường khen "
                            "thưởng 3 tập thể, 7 cá nhân.\n", headline="Phường Anh Dũng tổng kết công tác năm 2022")
    event = result.record["events"][0]
    assert event["organizer"] == ["dang-uy-anh-dung", "hdnd-anh-dung", "ubnd-anh-dung"]
    assert event["date"] == "2022-12-14"  # no year written: the year before the March 2023 dateline
    assert event["series"] == "anh-dung-tong-ket-qsqp"  # "quốc phòng, quân sự" is the same topic
    assert "figures" not in result.record  # recipients of an unnamed award are not figures
    assert any("names no award type" in n for n in result.notes)


def test_military_region_ministry_and_homographs(drafter):
    result = draft(drafter, "          Sáng 2/4, Bộ Tư lệnh Quân khu 3 tổ chức hội nghị rút kinh nghiệm. Đồng chí "
                            "Thượng tướng Nguyễn Văn Xuân, Thứ trưởng Bộ Quốc phòng dự. Kết thúc hội nghị, Bộ Tư lệnh "
                            "Quân khu tặng Bằng khen cho 05 tập thể và 12 cá nhân.\n",
                   headline="Quân khu 3 rút kinh nghiệm diễn tập")
    awards = result.record["awards"]
    assert [(a["conferred_by"], a["collectives"], a["individuals"]) for a in awards] == [("btl-qk-3", 5, 12)]
    assert result.record["events"][0]["organizer"] == ["btl-qk-3"]
    # "Thứ trưởng" (deputy minister) and "Thủ trưởng" (head) fold alike; the right one is read.
    assert {(h["person"], h["post"]) for h in result.record["holdings"]} == {
        ("nguyen-van-xuan", "thu-truong@bo-quoc-phong")}
    assert {o["id"] for o in result.record["organisations"]} >= {"qk-3", "btl-qk-3", "bo-quoc-phong"}


def test_caption_introduced_by_anh_source_line_and_anonymous_byline(drafter):
    body = ("          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022.\n\n"
            "Ảnh: Đồng chí Lê Minh phát biểu tại hội nghị\nẢnh: Minh Tuấn\n\nPV\n")
    result = draft(drafter, body)
    assert result.record["photos"][0]["quote"] == "Đồng chí Lê Minh phát biểu tại hội nghị"
    assert "Minh Tuấn" not in names(result) and "PV" not in names(result)
    assert result.record["article"]["author"] == {"name": "PV"}
    result = draft(drafter, body.replace("PV\n", "Theo qdnd.vn\n"))
    assert "photos" in result.record and len(result.record["photos"]) == 1
    assert any("source line 'Theo qdnd.vn'" in n for n in result.notes)


def test_byline_with_news_and_photos_prefix_is_the_author(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022.\n\n"
                            "Tin, ảnh: Minh Châu\n")
    author = result.record["article"]["author"]["person"]
    assert next(p["name"] for p in result.record["people"] if p["id"] == author) == "Minh Châu"


def test_no_indentation_and_single_line_breaks(drafter):
    """Scraped text: paragraphs on single lines, captions among them without a final stop."""
    result = draft(drafter, "Ngày 10/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022.\n"
                            "Toàn cảnh hội nghị\n"
                            "Đồng chí Trần Quang Huy, Chủ tịch UBND quận trao Giấy khen cho các tập thể\n"
                            "Dịp này, UBND quận tặng Giấy khen cho 6 tập thể, 10 cá nhân.\n")
    assert [p["quote"] for p in result.record["photos"]] == [
        "Toàn cảnh hội nghị", "Đồng chí Trần Quang Huy, Chủ tịch UBND quận trao Giấy khen cho các tập thể"]
    assert result.record["presentations"][0]["presenter"] == "tran-quang-huy"
    assert [(a["collectives"], a["individuals"]) for a in result.record["awards"]] == [(6, 10)]


def test_range_with_months_and_years_and_a_document_number(drafter):
    result = draft(drafter, "          Từ ngày 28/12/2022 đến ngày 02/01/2023, UBND quận Lê Chân tổ chức diễn tập "
                            "khu vực phòng thủ theo Chỉ thị số 16/CT-TTg.\n", headline="Lê Chân diễn tập")
    event = result.record["events"][0]
    assert (event["date"], event["end_date"], event["type"]) == ("2022-12-28", "2023-01-02", "Event")


def test_later_reference_by_title_only(drafter):
    """A caption that names only the post ("Chủ tịch UBND quận trao …") is the person who holds it."""
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự có "
                            "đ/c Phạm Văn Dũng – Chủ tịch UBND quận.\n\n"
                            "Chủ tịch UBND quận trao Giấy khen cho các tập thể\nToàn cảnh hội nghị\n")
    [presentation] = result.record["presentations"]
    assert presentation["presenter"] == "pham-van-dung" and presentation["photo"] == "anh-1"
    assert result.record["photos"][0]["depicts"] == ["pham-van-dung", result.record["events"][0]["id"]]


def test_party_committee_member_written_as_one_word(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. "
                            "Dự có ông Lương Văn Tấn, Thành ủy viên, Bí thư Quận ủy.\n")
    assert posts(result, "Lương Văn Tấn") == {"uy-vien@thanh-uy-hai-phong", "bi-thu@quan-uy-le-chan"}


def test_surname_that_is_also_an_organisation_head(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. "
                            "Dự có ông Đoàn Ngọc Sơn, Phó Chủ tịch UBND quận.\n")
    assert posts(result, "Đoàn Ngọc Sơn") == {"pho-chu-tich@ubnd-le-chan"}


def test_chained_military_posts_share_the_command_but_a_secretary_does_not(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. "
                            "Dự có Đại tá Phạm Quốc Hưng – Phó Chỉ huy trưởng – Tham mưu trưởng Bộ CHQS thành "
                            "phố; đồng chí Trần Thị Mơ, Bí thư, Chủ tịch UBND phường An Biên.\n")
    assert posts(result, "Phạm Quốc Hưng") == {"pho-chi-huy-truong@bo-chqs-hai-phong",
                                                "tham-muu-truong@bo-chqs-hai-phong"}
    assert posts(result, "Trần Thị Mơ") == {"chu-tich@ubnd-an-bien"}  # "Bí thư" of no stated body: no holding


def test_role_named_after_its_body(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. "
                            "Dự có đồng chí Lý Văn Tường – Trưởng Công an quận.\n")
    assert [p for p in posts(result, "Lý Văn Tường") if p.startswith("truong-cong-an@")] != []


def test_recipients_counted_by_what_they_are_and_an_increase_is_no_award(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. "
                            "Lực lượng dân quân đạt 1.012 đồng chí, tăng 3,5% so với năm 2021. "
                            "Dịp này, Ban CHQS quận tặng danh hiệu Chiến sĩ tiên tiến cho 05 đồng chí dân quân.\n")
    awards = result.record["awards"]
    assert [(a["award"], a.get("collectives"), a.get("individuals")) for a in awards] == \
        [("chien-si-tien-tien", None, 5)]


def test_day_and_month_joined_by_a_hyphen(drafter):
    result = draft(drafter, "Sáng 24-1, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Phong trào "
                            "Covid-19 và ca trực 24/24 giờ không phải là ngày.\n")
    assert result.record["events"][0]["date"] == "2023-01-24"  # the year from the dateline


def test_a_team_sent_by_another_body_is_named_after_it(drafter):
    result = draft(drafter, "          Từ ngày 25 đến ngày 27/10/2022, UBND quận Lê Chân tổ chức diễn tập khu vực "
                            "phòng thủ quận năm 2022. Dự có Đại tá Phạm Quốc Hưng – Phó Chỉ huy trưởng Bộ CHQS "
                            "thành phố, Trưởng đoàn kiểm tra.\n",
                   headline="Quận Lê Chân diễn tập khu vực phòng thủ năm 2022")
    teams = [o["vi"] for o in result.record["organisations"] if o["vi"].startswith("Đoàn kiểm tra")]
    assert teams == ["Đoàn kiểm tra diễn tập khu vực phòng thủ quận Lê Chân năm 2022 của Bộ CHQS thành phố Hải Phòng"]


def test_a_council_whose_name_joins_two_fields_with_va(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Chủ trì có "
                            "đồng chí Phạm Thị Hồng Nhung, Chủ tịch UBND quận, Chủ tịch Hội đồng Giáo dục quốc phòng "
                            "và an ninh quận.\n")
    [council] = [p for p in posts(result, "Phạm Thị Hồng Nhung") if p.startswith("chu-tich@hoi-dong")]
    labels = {o["id"]: o["vi"] for o in result.record["organisations"]}
    assert labels[council.split("@")[1]] == "Hội đồng Giáo dục quốc phòng và an ninh quận Lê Chân"


def draft_raw(drafter, text: str):
    return drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")


@pytest.mark.parametrize("head, published, place", [
    ("Quảng Ninh tổng kết năm 2024\n\nThứ Tư, 11/12/2024 - 15:32\n\n", "2024-12-11", None),
    ("Xã Hải Minh diễn tập năm 2023\n\nĐăng ngày: 18/09/2023 | Lượt xem: 312\n\n", "2023-09-18", None),
    ("Quận Kiến An giao quân năm 2025\n\n13/02/2025 11:05\n\n", "2025-02-13", None),
    ("Đà Nẵng – 14/7/2022\n\nCẩm Lệ sơ kết 6 tháng\n\n", "2022-07-14", "da-nang"),
])
def test_datelines_of_news_web_pages(drafter, head, published, place):
    result = draft_raw(drafter, head + "Ngày 10/7, UBND quận Lê Chân tổ chức Hội nghị tổng kết. Dự có đ/c Lê Minh "
                                      "Tuấn – Bí thư Quận ủy.\n")
    article = result.record["article"]
    assert article["published"]["date"] == published
    assert article["published"].get("place") == place
    assert article["headline"]["quote"] == head.split("\n")[0 if not place else 2]


def test_a_documents_date_is_not_the_events(drafter):
    result = draft(drafter, "Thực hiện Kế hoạch số 125/KH-UBND ngày 05/7/2022 của UBND quận về tổ chức diễn tập, từ "
                            "ngày 14 đến 16/9, Đảng ủy, UBND phường An Biên tổ chức diễn tập chiến đấu phòng thủ năm "
                            "2022.\n", headline="Phường An Biên diễn tập năm 2022")
    event = result.record["events"][0]
    assert (event["date"], event["end_date"]) == ("2022-09-14", "2022-09-16")
    assert event["vi"].startswith("Diễn tập chiến đấu phòng thủ năm 2022")


def test_numbered_formations_and_the_command_of_a_military_region(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự có "
                            "Đại tá Quách Văn Bắc, Phó Tham mưu trưởng Quân khu 3; Thượng tá Nông Đức Thọ, Phó Chính "
                            "ủy Sư đoàn 395.\n")
    assert posts(result, "Quách Văn Bắc") == {"pho-tham-muu-truong@btl-qk-3"}
    assert posts(result, "Nông Đức Thọ") == {"pho-chinh-uy@su-doan-395"}


def test_one_body_confers_two_awards_across_a_semicolon(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dịp này, "
                            "Bộ Tư lệnh Quân khu 3 tặng Cờ thi đua cho 03 tập thể; Bằng khen cho 12 tập thể, 25 cá "
                            "nhân.\n")
    assert [(a["conferred_by"], a["award"], a.get("collectives"), a.get("individuals"))
            for a in result.record["awards"]] == [("btl-qk-3", "co-thi-dua", 3, None),
                                                   ("btl-qk-3", "bang-khen", 12, 25)]


def test_department_of_the_province_and_a_ward_named_after_a_person(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự có "
                            "ông Lưu Đức Mạnh, Giám đốc Sở Nội vụ; Phó Chủ tịch UBND quận Hồ Thị Thanh Xuân. Tân "
                            "binh Trịnh Gia Bảo (phường Trần Thành Ngọ) phát biểu.\n")
    assert posts(result, "Lưu Đức Mạnh") == {"giam-doc@so-noi-vu-hai-phong"}
    assert posts(result, "Hồ Thị Thanh Xuân") == {"pho-chu-tich@ubnd-le-chan"}
    assert "Trần Thành Ngọ" not in names(result)


def test_fatherland_front_committee_is_an_organisation(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự hội nghị "
                            "có đồng chí Nguyễn Văn Hải, Chủ tịch Ủy ban MTTQ Việt Nam quận; bà Lê Thị Mai, Phó Chủ "
                            "tịch Ủy ban Mặt trận Tổ quốc Việt Nam quận Lê Chân.\n")
    assert posts(result, "Nguyễn Văn Hải") == {"chu-tich@ubmttq-le-chan"}
    assert posts(result, "Lê Thị Mai") == {"pho-chu-tich@ubmttq-le-chan"}


@pytest.mark.parametrize("head, lead", [
    ("Thuỷ Xuân Tiên, ngày 30 tháng 6 năm 2023\n\nHỘI NGHỊ SƠ KẾT CÔNG TÁC DÂN QUÂN\n\n", "Sáng 28/6/2023, "),
    ("Hà Nội, ngày 30 tháng 6 năm 2023\n\nHỘI NGHỊ SƠ KẾT CÔNG TÁC DÂN QUÂN\n\n", "Sáng 28/6/2023, "),
])
def test_the_commune_of_a_commune_article_is_home(drafter, head, lead):
    # Named by the dateline, or first in the lead before its district: bare "xã" and "Đảng ủy" are that commune's.
    result = draft_raw(drafter, head + lead + "Đảng ủy, UBND xã Thủy Xuân Tiên (huyện Chương Mỹ) tổ chức Hội nghị "
                                              "sơ kết. Dự có đ/c Lê Quang Vượng-Chủ tịch UBND xã; đ/c Nguyễn Thị "
                                              "Trang - Bí thư Đảng ủy, Chính trị viên Ban CHQS xã.\n")
    assert posts(result, "Lê Quang Vượng") == {"chu-tich@ubnd-thuy-xuan-tien"}
    assert posts(result, "Nguyễn Thị Trang") == {"bi-thu@dang-uy-thuy-xuan-tien",
                                                  "chinh-tri-vien@ban-chqs-thuy-xuan-tien"}


def test_a_district_article_naming_a_commune_keeps_bare_levels_generic(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết tại phường Dư Hàng. "
                            "Dự có đồng chí Nguyễn Văn Hải, Chủ tịch UBND phường Dư Hàng; Chủ tịch UBND các phường.\n")
    assert posts(result, "Nguyễn Văn Hải") == {"chu-tich@ubnd-du-hang"}
    assert "ubnd-du-hang" not in {a.get("posts", [""])[0].split("@")[-1] for a in result.record["attendance"]
                                  if "person" not in a}


def test_youth_union_veterans_women_and_deputies_written_the_military_way(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, Đảng ủy, UBND phường Dư Hàng tổ chức Hội nghị tổng kết năm 2022. "
                            "Dự có đồng chí Nguyễn Văn Hải, Bí thư Đoàn phường, Chính trị viên phó Ban CHQS phường; "
                            "bà Lê Thị Mai, Chủ tịch Hội Liên hiệp Phụ nữ phường; ông Trần Văn Bình, Chủ tịch Hội "
                            "CCB phường; ông Vũ Văn Cường, Chỉ huy phó Ban CHQS phường.\n", headline="Phường Dư Hàng "
                            "tổng kết năm 2022")
    assert posts(result, "Nguyễn Văn Hải") == {"bi-thu@doan-tncs-hcm-du-hang", "pho-chinh-tri-vien@ban-chqs-du-hang"}
    assert posts(result, "Lê Thị Mai") == {"chu-tich@hoi-lhpn-du-hang"}
    assert posts(result, "Trần Văn Bình") == {"chu-tich@hoi-ccb-du-hang"}
    assert posts(result, "Vũ Văn Cường") == {"pho-chi-huy-truong@ban-chqs-du-hang"}


def test_a_section_name_above_the_headline_is_not_the_headline(drafter):
    result = draft_raw(drafter, "Quốc phòng - An ninh\n\nVĩnh Bảo: Tổng kết nhiệm vụ quốc phòng, quân sự địa phương năm "
                                "2023\n\n06-12-2023 16:05\n\nSáng 5-12, Huyện ủy, UBND huyện Vĩnh Bảo tổ chức hội nghị "
                                "tổng kết nhiệm vụ quốc phòng, quân sự địa phương năm 2023.\n")
    assert result.record["article"]["headline"]["quote"].startswith("Vĩnh Bảo: Tổng kết")
    assert [e["date"] for e in result.record["events"]] == ["2023-12-05"]


def test_the_province_of_a_district_comes_from_the_gazetteer(drafter):
    # Hải Phòng is never named: "thành phố" is the province of huyện Vĩnh Bảo, quoted where it is first meant.
    result = draft_raw(drafter, "Vĩnh Bảo: Tổng kết nhiệm vụ quốc phòng năm 2023\n\n06-12-2023 16:05\n\nSáng 5-12, "
                                "UBND huyện Vĩnh Bảo tổ chức hội nghị tổng kết. Dự có Đại tá Bùi Hữu Tình, Phó Chính "
                                "ủy Bộ CHQS thành phố; đồng chí Trịnh Quang Lập, Thành ủy viên, Bí thư Huyện ủy.\n")
    assert posts(result, "Bùi Hữu Tình") == {"pho-chinh-uy@bo-chqs-hai-phong"}
    assert posts(result, "Trịnh Quang Lập") == {"uy-vien@thanh-uy-hai-phong", "bi-thu@huyen-uy-vinh-bao"}
    places = {p["id"]: p for p in result.record["places"]}
    assert places["hai-phong"]["quote"] == "thành phố" and places["vinh-bao"]["within"] == "hai-phong"


@pytest.mark.parametrize("dateline, district, province", [
    ("Kiến Thụy, 20/12/2023", "kien-thuy", "hai-phong"),  # a district's name alone in the dateline
    ("Châu Thành, 20/12/2023", "chau-thanh", None),  # a district name found in several provinces
])
def test_a_dateline_naming_a_district(drafter, dateline, district, province):
    result = draft_raw(drafter, f"{dateline}\n\nTổng kết công tác quân sự năm 2023\n\nSáng 19/12, UBND huyện tổ "
                                "chức hội nghị tổng kết. Dự có đồng chí Phạm Văn Hòa, Chỉ huy trưởng Bộ CHQS "
                                "thành phố.\n")
    places = {p["id"]: p for p in result.record["places"]}
    assert places[district]["type"] == "District" and places[district].get("within") == province
    assert posts(result, "Phạm Văn Hòa") == ({f"chi-huy-truong@bo-chqs-{province}"} if province else set())


def awards(result) -> set[tuple]:
    return {(a["conferred_by"], a["award"], a.get("collectives", 0), a.get("individuals", 0))
            for a in result.record.get("awards", [])}


def test_state_offices_commanders_and_one_named_recipient_confer(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dịp này, "
                            "LLVT quận Lê Chân vinh dự được Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Ba. "
                            "Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Hồ Sĩ Khuê trao Huân chương cho LLVT quận. "
                            "Thủ tướng Chính phủ tặng Bằng khen cho 01 tập thể; Bộ Quốc phòng tặng Cờ thi đua cho "
                            "Ban CHQS phường Dư Hàng; Tư lệnh Quân khu 3 tặng Bằng khen cho 05 tập thể và 12 cá nhân.\n")
    assert awards(result) == {("chu-tich-nuoc", "huan-chuong", 1, 0), ("chinh-phu", "bang-khen", 1, 0),
                              ("bo-quoc-phong", "co-thi-dua", 1, 0), ("btl-qk-3", "bang-khen", 5, 12)}
    assert len(result.record["awards"]) == 4  # the handing over on the President's behalf is not a second award


def test_a_byline_of_two_authors(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022.\n\n"
                            "Thu Phương - Hữu Đức\n")
    people = {p["name"]: p for p in result.record["people"]}
    assert result.record["article"]["author"] == {"person": "thu-phuong"}
    assert people["Hữu Đức"]["note"]["en"] == "co-author of the article"


def test_inspection_committee_of_a_party_committee(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự có "
                            "đồng chí Nguyễn Hồng Lĩnh, Ủy viên Ban Thường vụ Thành ủy, Chủ nhiệm Ủy ban Kiểm tra "
                            "Thành ủy.\n")
    assert posts(result, "Nguyễn Hồng Lĩnh") == {"uy-vien-ban-thuong-vu@thanh-uy-hai-phong",
                                                  "chu-nhiem@uy-ban-kiem-tra-thanh-uy-hai-phong"}


def test_posts_whose_body_is_implied(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Theo báo "
                            "cáo của Ban CHQS quận do Thượng tá Đỗ Xuân Trường – Chỉ huy trưởng trình bày, LLVT quận "
                            "hoàn thành nhiệm vụ. Ông Phan Trọng Quý, Xã đội trưởng xã Diễn Hồng chia sẻ kinh nghiệm. "
                            "Dự có Trung úy Nguyễn Thành Nhân, Trợ lý tác chiến Ban CHQS quận.\n")
    assert posts(result, "Đỗ Xuân Trường") == {"chi-huy-truong@ban-chqs-le-chan"}  # the body named before "do"
    assert posts(result, "Phan Trọng Quý") == {"xa-doi-truong@ban-chqs-dien-hong"}  # a commune's "xã đội"
    assert posts(result, "Nguyễn Thành Nhân") == {"tro-ly@ban-chqs-le-chan"}  # a staff officer's field


def test_individuals_counted_by_naming_them(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dịp này, "
                            "UBND quận tặng Giấy khen cho 02 tập thể là Ban CHQS phường Dư Hàng, Phòng Nội vụ quận và "
                            "các cá nhân: Trung úy Nguyễn Thành Nhân, Trợ lý tác chiến Ban CHQS quận; Võ Thị Kim Oanh, "
                            "chuyên viên Phòng Nội vụ quận; Huỳnh Văn Lợi, Phó Chỉ huy trưởng Ban CHQS phường Dư Hàng.\n")
    assert awards(result) == {("ubnd-le-chan", "giay-khen", 2, 3)}


def test_two_presenters_of_one_award(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022.\n\n"
                            "Đồng chí Nguyễn Hồng Lĩnh và Đại tá Phan Đình Luận trao Bằng khen cho các tập thể.\n\n"
                            "          Hội nghị kết thúc.\n")
    assert {(p["presenter"], p["award"]) for p in result.record["presentations"]} == {
        ("nguyen-hong-linh", "bang-khen"), ("phan-dinh-luan", "bang-khen")}


def test_posts_abbreviated_as_district_portals_write_them(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự hội nghị "
                            "có đ/c Nguyễn Văn An - ThUV, Bí thư Quận ủy; đ/c Trần Văn Bình - QUV, PCT UBND quận; "
                            "đ/c Lê Văn Cường - UVBTV Quận ủy, CT UBND quận; đ/c Vũ Văn Em - CTV Ban CHQS quận; "
                            "ông Lê Văn Bình, Uỷ viên BTV Quận ủy.\n")
    assert posts(result, "Nguyễn Văn An") == {"uy-vien@thanh-uy-hai-phong", "bi-thu@quan-uy-le-chan"}
    assert posts(result, "Trần Văn Bình") == {"uy-vien@quan-uy-le-chan", "pho-chu-tich@ubnd-le-chan"}
    assert posts(result, "Lê Văn Cường") == {"uy-vien-ban-thuong-vu@quan-uy-le-chan", "chu-tich@ubnd-le-chan"}
    assert posts(result, "Vũ Văn Em") == {"chinh-tri-vien@ban-chqs-le-chan"}
    assert posts(result, "Lê Văn Bình") == {"uy-vien-ban-thuong-vu@quan-uy-le-chan"}


@pytest.mark.parametrize("opening", ["Trong 2 ngày (15 và 16/12)", "Ngày 15-16/12", "Từ ngày 15 đến 16/12"])
def test_ranges_of_days(drafter, opening):
    result = draft(drafter, f"          {opening}, UBND quận Lê Chân tổ chức diễn tập khu vực phòng thủ quận năm 2022.\n")
    [event] = result.record["events"]
    assert (event["date"], event["end_date"]) == ("2022-12-15", "2022-12-16")


def test_a_body_named_for_a_glossary_term_with_commas(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Báo cáo do "
                            "Thượng tá Phan Công Tuấn, Chỉ huy trưởng Ban CHQS quận kiêm Phó Trưởng Ban Chỉ huy phòng, "
                            "chống thiên tai và tìm kiếm cứu nạn quận trình bày.\n")
    board = "ban-chi-huy-phong-chong-thien-tai-va-tim-kiem-cuu-nan-le-chan"
    assert posts(result, "Phan Công Tuấn") == {"chi-huy-truong@ban-chqs-le-chan", f"pho-truong-ban@{board}"}
    [item] = [o for o in result.record["organisations"] if o["id"] == board]
    assert item["en"] == "Le Chan District Board for natural disaster prevention and control – search and rescue"


def test_a_numbered_ward_of_a_city_written_tp(drafter):
    result = draft_raw(drafter, "TP. Hồ Chí Minh, ngày 15 tháng 7 năm 2024\n\nPhường 25 (quận Bình Thạnh) sơ kết công "
                                "tác dân quân tự vệ\n\nChiều 12/7/2024, Đảng ủy - UBND Phường 25 tổ chức Hội nghị sơ "
                                "kết. Về dự có đ/c Thiếu tá Nguyễn Thanh Tâm, Phó CHT Ban CHQS quận Bình Thạnh; đ/c Lý "
                                "Quốc Cường-Phó Bí thư Đảng ủy, Chủ tịch UBND phường. Đ/c Hồ Văn Tư, Phường đội trưởng "
                                "thông qua báo cáo.\n")
    assert result.record["article"]["published"] == {"date": "2024-07-15", "place": "ho-chi-minh",
                                                     "quote": "TP. Hồ Chí Minh, ngày 15 tháng 7 năm 2024"}
    ward = {p["id"]: p for p in result.record["places"]}["phuong-25-binh-thanh"]
    assert (ward["vi"], ward["en"]) == ("phường 25, quận Bình Thạnh", "Ward 25, Binh Thanh District")
    assert posts(result, "Lý Quốc Cường") == {"pho-bi-thu@dang-uy-phuong-25-binh-thanh",
                                               "chu-tich@ubnd-phuong-25-binh-thanh"}
    assert posts(result, "Nguyễn Thanh Tâm") == {"pho-chi-huy-truong@ban-chqs-binh-thanh"}
    assert posts(result, "Hồ Văn Tư") == {"phuong-doi-truong@ban-chqs-phuong-25-binh-thanh"}


def test_a_provinces_article_with_districts_named_in_passing(drafter):
    # Districts named once each are not home; a name after "tỉnh" that reads as a person is the person's.
    result = draft_raw(drafter, "Đảng uỷ Quân sự tỉnh ra nghị quyết năm 2025\n\nThứ ba, 24/12/2024, 18:20 (GMT+7)\n\n"
                                "Chiều 23/12, Đảng ủy Quân sự tỉnh tổ chức hội nghị lần thứ 19. Dự hội nghị có Phó Chủ "
                                "tịch UBND tỉnh, Đảng ủy viên Đảng ủy Quân sự tỉnh Lữ Văn Thạnh. Cùng chủ trì có Đại tá "
                                "Võ Minh Quang, Phó Bí thư Đảng ủy Quân sự, Chỉ huy trưởng Bộ CHQS tỉnh.\n\nBộ CHQS tỉnh "
                                "tổ chức diễn tập khu vực phòng thủ huyện Sơn Tịnh, huyện Tư Nghĩa.\n")
    assert posts(result, "Lữ Văn Thạnh") == {"pho-chu-tich@ubnd-quang-ngai", "uy-vien@duqs-quang-ngai"}
    assert posts(result, "Võ Minh Quang") == {"pho-bi-thu@duqs-quang-ngai", "chi-huy-truong@bo-chqs-quang-ngai"}


def test_the_border_guard_its_commands_and_posts(drafter):
    result = draft_raw(drafter, "BĐBP Long An: Đại hội thi đua Quyết thắng\n\nĐăng lúc: 19/07/2024 - 09:15\n\nBài và ảnh: "
                                "Thiếu tá Phan Thị Thu Sương\n\nSáng 18-7, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh "
                                "Long An tổ chức Đại hội thi đua Quyết thắng. Về dự có Thiếu tướng Huỳnh Minh Chánh - "
                                "Phó Chính ủy BĐBP; Đại tá Cao Thanh Tùng - Chỉ huy trưởng BĐBP tỉnh; Trung tá Danh "
                                "Hoàng Phúc, Chính trị viên Đồn Biên phòng Cửa khẩu quốc tế Bình Hiệp.\n\nDịp này, Bộ "
                                "Tư lệnh BĐBP tặng Cờ thi đua cho Đồn Biên phòng Mỹ Quý Tây; UBND tỉnh tặng Bằng khen "
                                "cho 03 tâp thể và 08 cá nhân.\n")
    assert result.record["article"]["author"] == {"person": "phan-thi-thu-suong"}  # a byline under the head
    assert posts(result, "Huỳnh Minh Chánh") == {"pho-chinh-uy@btl-bdbp"}
    assert posts(result, "Cao Thanh Tùng") == {"chi-huy-truong@bch-bdbp-long-an"}
    assert posts(result, "Danh Hoàng Phúc") == {"chinh-tri-vien@don-bien-phong-cua-khau-quoc-te-binh-hiep"}
    assert awards(result) == {("btl-bdbp", "co-thi-dua", 1, 0), ("ubnd-long-an", "bang-khen", 3, 8)}


def test_a_commune_named_just_before_and_names_of_the_highlands(drafter):
    result = draft(drafter, "          Ngày 28/9/2022, UBND quận Lê Chân tổ chức diễn tập khu vực phòng thủ quận năm 2022. "
                            "Dự có bà H'Nguyên Niê - Phó Chủ tịch HĐND quận; ông Y Thuyên Êban - Bí thư Quận ủy, "
                            "Trưởng ban Chỉ đạo diễn tập quận; ông Lương Quốc Thuần, Trưởng ban Chỉ đạo diễn tập thành "
                            "phố. Tại phường Dư Hàng, Chủ tịch UBND phường Võ Thị Mai Trinh chỉ đạo sơ tán nhân dân; "
                            "Chủ tịch UBND các phường báo cáo.\n")
    assert posts(result, "H'Nguyên Niê") == {"pho-chu-tich@hdnd-le-chan"}
    assert posts(result, "Võ Thị Mai Trinh") == {"chu-tich@ubnd-du-hang"}
    # Steering boards whose place is written are that place's, for the event's year.
    assert posts(result, "Y Thuyên Êban") == {"bi-thu@quan-uy-le-chan", "truong-ban@ban-chi-dao-dien-tap-le-chan-2022"}
    assert posts(result, "Lương Quốc Thuần") == {"truong-ban@ban-chi-dao-dien-tap-hai-phong-2022"}


def test_a_party_committee_rewards_its_organisations_and_members(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Nhân dịp "
                            "này, Đảng ủy Quân khu 3 tặng Bằng khen cho 01 tổ chức cơ sở đảng và 02 đảng viên; Quận ủy "
                            "tặng Giấy khen cho 09 tổ chức cơ sở đảng, 16 đảng viên.\n")
    assert awards(result) == {("dang-uy-qk-3", "bang-khen", 1, 2), ("quan-uy-le-chan", "giay-khen", 9, 16)}


def test_departments_whose_field_has_commas_and_dashes(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự có ông "
                            "Nguyễn Văn An, Giám đốc Sở Lao động – Thương binh và Xã hội; ông Lê Văn Bình, Phó Giám "
                            "đốc Sở Văn hóa, Thể thao và Du lịch; Đại tá Trần Văn Cừ, Phó Giám đốc Công an thành phố.\n")
    assert posts(result, "Nguyễn Văn An") == {"giam-doc@so-ld-tb-xh-hai-phong"}
    assert posts(result, "Lê Văn Bình") == {"pho-giam-doc@so-vh-tt-dl-hai-phong"}
    assert posts(result, "Trần Văn Cừ") == {"pho-giam-doc@ca-hai-phong"}


@pytest.mark.parametrize("head", [
    "Chuyên mục: QUỐC PHÒNG – AN NINH\nNgày đăng: 26/08/2024 | Lượt xem: 312\n\n",
    "Trang chủ › Tin tức – Sự kiện › Quốc phòng – An ninh\nCập nhật lúc 08:45, Thứ Hai, 26/08/2024\n\n",
])
def test_page_furniture_above_the_headline(drafter, head):
    result = draft_raw(drafter, head + "Xã Khánh Bình Tây Bắc diễn tập chiến đấu phòng thủ năm 2024\n\nTác giả: Danh Hữu "
                                       "Nghĩa – Ban CHQS huyện\n\nThực hiện Kế hoạch số 86/KH-UBND ngày 15/5/2024 của "
                                       "UBND huyện Trần Văn Thời, trong 2 ngày (22 – 23/8), xã Khánh Bình Tây Bắc tổ chức "
                                       "diễn tập chiến đấu phòng thủ năm 2024. Về phía xã có đồng chí Quách Văn Nhỏ – "
                                       "Phó Bí thư Đảng ủy, Chủ tịch UBND xã.\n\nBan CHQS huyện tặng Giấy khen cho Ban "
                                       "CHQS xã Khánh Bình Tây Bắc và 05 cá nhân.\n")
    article = result.record["article"]
    assert article["headline"]["quote"].startswith("Xã Khánh Bình Tây Bắc") and article["published"]["date"] == \
        "2024-08-26"
    assert article["author"] == {"person": "danh-huu-nghia"}
    assert "Trần Văn Thời" not in names(result)  # a district named after a person (the gazetteer knows it)
    places = {p["id"]: p for p in result.record["places"]}
    assert places["tran-van-thoi"]["type"] == "District"
    assert posts(result, "Quách Văn Nhỏ") == {"pho-bi-thu@dang-uy-khanh-binh-tay-bac", "chu-tich@ubnd-khanh-binh-tay-bac"}
    assert awards(result) == {("ban-chqs-tran-van-thoi", "giay-khen", 1, 5)}


def test_a_provinces_city_is_not_the_province(drafter):
    result = draft_raw(drafter, "QUÂN SỰ - QUỐC PHÒNG\nThứ sáu, 14/02/2025 | 11:32\n\nQuảng Trị: Hơn 1.200 thanh niên "
                                "lên đường\n\n(QT) - Sáng nay 14/2, các huyện trong tỉnh tổ chức lễ giao nhận quân năm "
                                "2025. Tại huyện Vĩnh Linh, dự lễ có đồng chí Phan Đình Khải-Ủy viên Ban Thường vụ Tỉnh "
                                "ủy, Chủ tịch Hội đồng GDQP-AN tỉnh. Phó Bí thư Tỉnh ủy Trần Hữu Diệm dự lễ tại thành phố "
                                "Đông Hà. Thay mặt tân binh, tân binh Hồ Văn Ly hứa sẽ ra sức học tập.\n")
    assert posts(result, "Phan Đình Khải") == {"uy-vien-ban-thuong-vu@tinh-uy-quang-tri",
                                                "chu-tich@hoi-dong-gdqp-an-quang-tri"}
    assert posts(result, "Trần Hữu Diệm") == {"pho-bi-thu@tinh-uy-quang-tri"}
    assert "Hồ Văn Ly" in names(result)


def test_an_award_stated_only_as_handed_over_on_the_presidents_behalf(drafter):
    result = draft(drafter, "          Ngày 19/12/2022, UBND quận Lê Chân tổ chức Lễ kỷ niệm. Tham dự có các đồng chí: Đại tá "
                            "Phí Hồng Sơn, Phó Chính ủy Bộ CHQS thành phố. Nhân dịp này, thừa ủy quyền của Chủ tịch "
                            "nước, đồng chí Cù Văn Tiệp đã trao Huân chương Bảo vệ Tổ quốc hạng Ba cho Ban CHQS quận "
                            "Lê Chân theo Quyết định số 1386/QĐ-CTN ngày 02/12/2022.\n")
    assert posts(result, "Phí Hồng Sơn") == {"pho-chinh-uy@bo-chqs-hai-phong"}  # a rank after "các đồng chí:"
    assert awards(result) == {("chu-tich-nuoc", "huan-chuong", 1, 0)}


def test_a_title_before_a_name_with_an_ambiguous_surname(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, Đảng ủy, UBND phường Dư Hàng tổ chức Hội nghị tổng kết công tác dân "
                            "quân. Tham gia Hội thi Chính trị viên giỏi, đồng chí Phó Chính trị viên Ban CHQS phường Hồ "
                            "Ngọc Thắm đạt giải Ba.\n", headline="Phường Dư Hàng tổng kết công tác dân quân")
    assert posts(result, "Hồ Ngọc Thắm") == {"pho-chinh-tri-vien@ban-chqs-du-hang"}  # not a ward called "Hồ Ngọc Thắm"


def test_a_capital_papers_layout_its_command_and_a_title_chain_before_a_name(drafter):
    result = draft_raw(drafter, "Sóc Sơn tổng kết công tác quân sự năm 2024\n\nNgọc Diệp | 20/12/2024 - 09:15\n\nChiều "
                                "18/12, Huyện ủy, UBND huyện Sóc Sơn tổ chức Hội nghị tổng kết công tác quân sự, quốc "
                                "phòng năm 2024. Thiếu tướng Kiều Văn Lộc, Phó Tư lệnh Bộ Tư lệnh Thủ đô Hà Nội dự. Phó "
                                "Bí thư Huyện ủy, Chủ tịch UBND huyện Phạm Quý Hiển chủ trì hội nghị. Dịp này, Bộ Tư lệnh "
                                "Thủ đô tặng Bằng khen cho 02 tập thể; Ban CHQS huyện tặng Giấy khen cho Trung đội dân "
                                "quân cơ động xã Trung Giã.\n")
    article = result.record["article"]
    assert article["published"] == {"date": "2024-12-20", "quote": "20/12/2024 - 09:15"}
    assert article["author"] == {"person": "ngoc-diep"}  # the name before the bar is the author's
    assert posts(result, "Kiều Văn Lộc") == {"pho-tu-lenh@btl-thu-do-ha-noi"}
    # Not a district called "Phạm Quý Hiển": the gazetteer has no such district, and the name looks like a person's.
    assert posts(result, "Phạm Quý Hiển") == {"pho-bi-thu@huyen-uy-soc-son", "chu-tich@ubnd-soc-son"}
    assert {p["id"] for p in result.record["places"]} == {"soc-son", "trung-gia"}
    # A unit that is no known body, named as the one recipient, is one collective.
    assert awards(result) == {("btl-thu-do-ha-noi", "bang-khen", 2, 0), ("ban-chqs-soc-son", "giay-khen", 1, 0)}


def test_a_sites_name_and_section_above_the_headline_and_a_board_after_a_role(drafter):
    result = draft_raw(drafter, "Trang Thông tin điện tử huyện Trảng Bom\nQuốc phòng - An ninh | 21/6/2024\n\nBế mạc Hội "
                                "thao quốc phòng huyện Trảng Bom năm 2024\n\nTừ ngày 18 đến 20/6, Ban CHQS huyện Trảng Bom "
                                "tổ chức Hội thao quốc phòng năm 2024. Dự có ông Lý Văn Tài, Phó Chủ tịch UBND huyện, "
                                "Trưởng ban Tổ chức Hội thao; Trung tá Hà Văn Lực – Chỉ huy trưởng Ban CHQS huyện, Phó "
                                "Trưởng ban Thường trực Ban Tổ chức.\n")
    article = result.record["article"]
    assert article["headline"]["quote"].startswith("Bế mạc") and article["published"]["date"] == "2024-06-21"
    [board] = {p.split("@")[1] for p in posts(result, "Lý Văn Tài") if p.startswith("truong-ban@")}
    assert posts(result, "Hà Văn Lực") == {"chi-huy-truong@ban-chqs-trang-bom", f"pho-truong-ban@{board}"}


def test_highland_names_a_village_elder_and_a_range_written_with_dashes(drafter):
    result = draft_raw(drafter, "Gia Lai, 28/10/2024\n\nXã Ia Púch diễn tập chiến đấu phòng thủ năm 2024\n\nTrong 2 ngày "
                                "23 và 24-10, Đảng ủy, UBND xã Ia Púch (huyện Chư Prông) tổ chức diễn tập chiến đấu phòng "
                                "thủ năm 2024. Ông Rơ Mah Blih, Chủ tịch UBND xã chỉ đạo các ngành. Già làng Siu Đin, "
                                "người có uy tín ở làng Kly chia sẻ kinh nghiệm. Báo cáo có Thiếu tá Lù Văn Tỉnh – Chỉ "
                                "huy trưởng Ban CHQS xã.\n")
    [event] = result.record["events"]
    assert (event["date"], event["end_date"]) == ("2024-10-23", "2024-10-24")
    assert {"Rơ Mah Blih", "Siu Đin", "Lù Văn Tỉnh"} <= names(result)  # "Tỉnh" is his given name, not a province
    assert posts(result, "Lù Văn Tỉnh") == {"chi-huy-truong@ban-chqs-ia-puch"}


def test_a_defence_zone_command_of_the_reformed_province_and_academic_titles(drafter):
    result = draft_raw(drafter, "Tuyên Quang, 19/12/2025\n\nXã Lũng Cú tổng kết công tác quân sự năm 2025\n\nNgày 17 "
                                "tháng 12 năm 2025, UBND xã Lũng Cú tổ chức Hội nghị tổng kết công tác quân sự, quốc "
                                "phòng năm 2025. Dự có Thượng tá Hoàng Văn Tường, Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu "
                                "vực 2, Bộ CHQS tỉnh Tuyên Quang; Th.S Sơn Ngọc Hùng, Bí thư Đảng ủy xã; TS. Kim Văn Lý, "
                                "Phó Chủ tịch UBND xã.\n")
    assert posts(result, "Hoàng Văn Tường") == {"chi-huy-truong@bch-ptkv-2-tuyen-quang"}
    assert posts(result, "Sơn Ngọc Hùng") == {"bi-thu@dang-uy-lung-cu"}
    assert posts(result, "Kim Văn Lý") == {"pho-chu-tich@ubnd-lung-cu"}
    zone = next(o for o in result.record["organisations"] if o["id"] == "bch-ptkv-2-tuyen-quang")
    assert zone["vi"] == "Ban Chỉ huy Phòng thủ khu vực 2, Bộ CHQS tỉnh Tuyên Quang"


def test_a_bare_council_after_a_role_is_the_one_the_article_named(drafter):
    result = draft(drafter, "          Ngày 18/6/2024, Hội đồng GDQP-AN thành phố tổng kết 10 năm thi hành Luật Giáo dục quốc phòng "
                            "và an ninh. Dự có Đại tá Mai Văn Cường – Chỉ huy trưởng Bộ CHQS thành phố, Phó Chủ tịch Thường "
                            "trực Hội đồng; các thành viên Hội đồng.\n")
    assert posts(result, "Mai Văn Cường") == {"chi-huy-truong@bo-chqs-hai-phong", "pho-chu-tich@hoi-dong-gdqp-an-hai-phong"}


@pytest.mark.parametrize("written", ["Phan Rang - Tháp Chàm", "Phan Rang – Tháp Chàm", "Phan Rang-Tháp Chàm"])
def test_a_provincial_city_whose_name_has_a_dash(drafter, written):
    result = draft_raw(drafter, f"Ninh Thuận, 10/01/2025\n\n{written} tổng kết công tác dân quân tự vệ\n\nChiều 08/01, "
                                f"UBND thành phố {written} tổ chức Hội nghị tổng kết công tác dân quân tự vệ năm 2024. Chủ "
                                "tịch UBND thành phố Quảng Văn Hòa chủ trì. Dự có Trung tá Lê Văn Thái - Chỉ huy trưởng Ban "
                                "CHQS thành phố. Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể và 03 cá nhân.\n")
    places = {p["id"]: p for p in result.record["places"]}
    assert places["phan-rang-thap-cham"]["vi"] == "thành phố Phan Rang – Tháp Chàm"
    assert places["phan-rang-thap-cham"]["within"] == "ninh-thuan"  # a city of the province, not a city of its own
    assert posts(result, "Quảng Văn Hòa") == {"chu-tich@ubnd-phan-rang-thap-cham"}
    assert posts(result, "Lê Văn Thái") == {"chi-huy-truong@ban-chqs-phan-rang-thap-cham"}
    assert awards(result) == {("ubnd-ninh-thuan", "bang-khen", 2, 3)}


def test_yesterdays_date_a_typo_in_a_party_committee_and_an_organiser_with_its_district_in_brackets(drafter):
    result = draft_raw(drafter, "Bắc Giang, 21/10/2024\n\nThị trấn Thắng tổ chức Hội thi \"Dân quân tự vệ giỏi\" năm 2024\n\n"
                                "Sáng qua (20/10), UBND thị trấn Thắng (huyện Hiệp Hòa) tổ chức Hội thi \"Dân quân tự vệ "
                                "giỏi\" năm 2024 theo Kế hoạch số 86/KH-UBND ngày 20/9/2024. Dự có đồng chí Quàng Thị Ơn, "
                                "Bí thư Huyên ủy Hiệp Hòa; đ/c Nguyễn Đức Toản - Phó Chủ tịch UBND thị trấn, Trưởng ban Tổ "
                                "chức hội thi.\n")
    [event] = result.record["events"]
    assert event["date"] == "2024-10-20" and event["organizer"] == ["ubnd-thang"]
    assert posts(result, "Quàng Thị Ơn") == {"bi-thu@huyen-uy-hiep-hoa"}  # "Huyên ủy": a typo of "Huyện ủy"
    [board] = [o for o in result.record["organisations"] if o["vi"].startswith("Ban Tổ chức")]
    assert board["vi"] == "Ban Tổ chức hội thi \"Dân quân tự vệ giỏi\" thị trấn Thắng năm 2024"  # no plan number


@pytest.mark.parametrize("body, role, head", [
    ("Ban Giám khảo", "truong-ban", "Ban Giám khảo"),
    ("Đoàn kiểm tra", "truong-doan", "Đoàn kiểm tra"),
])
def test_a_body_headed_by_whom_it_names_after_do(drafter, body, role, head):
    result = draft(drafter, "          Ngày 18/10/2022, UBND quận Lê Chân tổ chức Hội thi dân quân tự vệ giỏi năm 2022. "
                            f"{body} do Đại úy Hoàng Minh Tiến, Trợ lý tác chiến Ban CHQS quận làm "
                            f"{'Trưởng ban' if role == 'truong-ban' else 'Trưởng đoàn'}, chấm điểm công khai.\n")
    held = posts(result, "Hoàng Minh Tiến")
    [org] = [p.split("@")[1] for p in held if p.startswith(role + "@")]
    assert "tro-ly@ban-chqs-le-chan" in held
    assert next(o for o in result.record["organisations"] if o["id"] == org)["vi"].startswith(head)


def test_a_reformed_wards_name_with_its_former_city_and_a_signature_at_the_end(drafter):
    result = draft_raw(drafter, "Phường Xuân Hương - Đà Lạt tổng kết công tác dân quân tự vệ\n\nSáng ngày 11/12, Đảng ủy, "
                                "UBND phường Xuân Hương - Đà Lạt tổ chức Hội nghị tổng kết công tác dân quân tự vệ năm "
                                "2025. Dự có Thượng tá Trịnh Văn Bảo - Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 1 - Đà "
                                "Lạt; đồng chí Lương Văn Tâm - Phó Bí thư Đảng ủy, Chủ tịch UBND phường. Đoàn kiểm tra của "
                                "Bộ Tư lệnh Quân khu 7 do Đại tá Võ Văn Liêm làm Trưởng đoàn.\n\nNăm 2025, phường giao 52 công dân "
                                "nhập ngũ.\n\nHồng Vân – Ngọc Bích\n\n"
                                "Xuân Hương - Đà Lạt, ngày 12 tháng 12 năm 2025\n")
    article = result.record["article"]
    assert article["published"]["date"] == "2025-12-12" and article["author"] == {"person": "hong-van"}
    assert posts(result, "Lương Văn Tâm") == {"pho-bi-thu@dang-uy-xuan-huong-da-lat", "chu-tich@ubnd-xuan-huong-da-lat"}
    [zone] = posts(result, "Trịnh Văn Bảo")
    assert zone.startswith("chi-huy-truong@bch-ptkv-1-da-lat")
    [team] = posts(result, "Võ Văn Liêm")
    assert team.startswith("truong-doan@doan-kiem-tra-")  # the head of the command's team, not of the command


def test_a_post_given_at_a_congress(drafter):
    result = draft(drafter, "          Ngày 16/6/2020, Đảng bộ Quân sự quận Lê Chân tổ chức Đại hội nhiệm kỳ 2020 - 2025. Trung "
                            "tá Triệu Đức Minh, Chỉ huy trưởng Ban CHQS quận được bầu làm Phó Bí thư Đảng ủy Quân sự "
                            "quận; Trung tá Lý Văn Thành được bầu giữ chức Phó Bí thư Thường trực.\n")
    assert posts(result, "Triệu Đức Minh") == {"chi-huy-truong@ban-chqs-le-chan", "pho-bi-thu@duqs-le-chan"}
    assert posts(result, "Lý Văn Thành") == set()  # a bare post names no body: a note, not a guess


def test_a_social_page_post_with_no_year_and_the_board_of_a_part_of_the_event(drafter):
    result = draft_raw(drafter, "Ban CHQS xã Quyết Thắng - Lạc Sơn - Hòa Bình\n10 tháng 3 lúc 11:26\n\nXã Quyết Thắng khai mạc "
                                "Hội thao dân quân năm 2025\n\nSáng nay (10/3), Ban CHQS xã Quyết Thắng tổ chức Lễ khai mạc "
                                "Hội thao dân quân năm 2025. Dự có đ/c Quách Thị Liên - Bí thư Đảng ủy, Trưởng ban Tổ chức "
                                "hội thao; đ/c Bùi Văn Sinh - Xã đội trưởng, Phó Trưởng ban Tổ chức.\n\nCác đội thi đấu "
                                "trong 03 ngày.\n")
    # The year of the post time and of "Sáng nay (10/3)" is the one the text names ("năm 2025").
    assert result.record["article"]["published"] == {"date": "2025-03-10", "quote": "10 tháng 3 lúc 11:26"}
    assert result.record["article"]["headline"]["quote"].startswith("Xã Quyết Thắng khai mạc")
    [event] = result.record["events"]
    assert event["date"] == "2025-03-10"
    [board] = {p.split("@")[1] for p in posts(result, "Quách Thị Liên") if p.startswith("truong-ban@")}
    assert f"pho-truong-ban@{board}" in posts(result, "Bùi Văn Sinh")  # the bare "Ban Tổ chức" is the same board
    assert next(o for o in result.record["organisations"] if o["id"] == board)["vi"].lower().startswith(
        "ban tổ chức hội thao dân quân")  # the board of the contest the ceremony opens, not of the ceremony
    assert posts(result, "Quách Thị Liên") >= {"bi-thu@dang-uy-quyet-thang"}  # not a commune "Quyết Thắng - Lạc Sơn"


def test_no_date_with_its_year_but_a_year_named(drafter):
    result = draft_raw(drafter, "Xã Quyết Thắng khai mạc huấn luyện dân quân năm 2025\n\nSáng nay (10/3), Ban CHQS xã "
                                "Quyết Thắng tổ chức Lễ khai mạc huấn luyện dân quân năm 2025, từ ngày 10/3 đến 21/3.\n")
    [event] = result.record["events"]
    assert event["date"] == "2025-03-10"  # drafted, not refused: the dates are in the year the text names
    assert result.record["article"]["published"] == {"date": "2025-03-21"}  # the latest date stands in …
    assert any("no dateline" in note for note in result.notes)  # … and the draft says so


def test_a_portal_post_signed_at_the_end_with_related_links_below(drafter):
    result = draft_raw(drafter, "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN CẦU NGANG\nTrang chủ » Tin tức » Quốc phòng - An ninh\n\nHội đồng "
                                "GDQP-AN huyện Cầu Ngang tổng kết công tác năm 2024\n\nNgày 24 tháng 01 năm 2025, Hội đồng "
                                "Giáo dục quốc phòng và an ninh huyện Cầu Ngang tổ chức hội nghị tổng kết công tác năm "
                                "2024. Trung tá Sơn Văn Bình - Chỉ huy trưởng Ban CHQS huyện, Phó Chủ tịch Hội đồng trình "
                                "bày báo cáo.\n\nHuyện mở 02 lớp bồi dưỡng.\nThảo Vy (Văn phòng HĐND và UBND huyện) - "
                                "27/01/2025\nTin liên quan:\n- Huyện Cầu Ngang ra quân huấn luyện năm 2025 (10/01/2025)\n")
    article = result.record["article"]
    assert article["headline"]["quote"].startswith("Hội đồng GDQP-AN huyện Cầu Ngang")  # not the site's name
    assert article["published"] == {"date": "2025-01-27", "quote": "Thảo Vy (Văn phòng HĐND và UBND huyện) - 27/01/2025"}
    assert article["author"] == {"person": "thao-vy"}
    assert result.record["events"][0]["date"] == "2025-01-24"
    assert posts(result, "Sơn Văn Bình") == {"chi-huy-truong@ban-chqs-cau-ngang", "pho-chu-tich@hoi-dong-gdqp-an-cau-ngang"}
    assert "Huyện Cầu Ngang ra quân" not in " ".join(s for _, s in result.unused)  # a link, not a sentence


def test_a_title_conferred_by_recognising_it(drafter):
    result = draft(drafter, "          Ngày 18/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Ban CHQS quận "
                            "công nhận danh hiệu Chiến sĩ tiên tiến cho 17 đồng chí.\n")
    assert awards(result) == {("ban-chqs-le-chan", "chien-si-tien-tien", 0, 17)}


def test_a_military_party_congress_and_a_capitalised_field_of_a_staff_officer(drafter):
    result = draft(drafter, "          Ngày 15/5/2022, Đảng bộ Quân sự thành phố tổ chức Đại hội nhiệm kỳ 2020 - 2025. Đại tá Vi "
                            "Văn Tám, Bí thư Đảng ủy Quân sự thành phố, Chính ủy Bộ CHQS thành phố và Đại tá Ma Đình Hùng, "
                            "Phó Bí thư Đảng uỷ, Chỉ huy trưởng Bộ CHQS thành phố điều hành đại hội. Đại úy Nguyễn Văn "
                            "Tuấn, Trợ lý Tuyên huấn Bộ CHQS thành phố công bố các quyết định.\n",
                   headline="Đại hội Đảng bộ Quân sự thành phố Hải Phòng")
    # A bare "Đảng ủy" of a city is its Military Party Committee here: a city has a Thành ủy, not a "Đảng ủy".
    assert posts(result, "Ma Đình Hùng") == {"pho-bi-thu@duqs-hai-phong", "chi-huy-truong@bo-chqs-hai-phong"}
    assert posts(result, "Nguyễn Văn Tuấn") == {"tro-ly@bo-chqs-hai-phong"}


def test_two_teams_sent_by_whom_the_text_names_and_a_role_ending_the_sentence(drafter):
    result = draft(drafter, "          Từ ngày 25 đến ngày 27/10/2022, UBND quận Lê Chân tổ chức diễn tập khu vực phòng thủ "
                            "quận năm 2022. Theo dõi có Đoàn kiểm tra của Bộ Tư lệnh Quân khu 3 do Đại tá Võ Thanh Liêm, "
                            "Phó Tham mưu trưởng Quân khu làm Trưởng đoàn; Đoàn kiểm tra của thành phố Hải Phòng do Đại "
                            "tá Nguyễn Bá Trung - Chỉ huy trưởng Bộ CHQS thành phố làm Trưởng đoàn.\n",
                   headline="Quận Lê Chân diễn tập khu vực phòng thủ năm 2022")
    orgs = {o["id"]: o["vi"] for o in result.record["organisations"]}
    [liem] = [p.split("@")[1] for p in posts(result, "Võ Thanh Liêm") if p.startswith("truong-doan@")]
    [trung] = [p.split("@")[1] for p in posts(result, "Nguyễn Bá Trung") if p.startswith("truong-doan@")]
    assert liem != trung  # two teams, one per sender
    assert orgs[liem] == "Đoàn kiểm tra của Bộ Tư lệnh Quân khu 3 (diễn tập khu vực phòng thủ quận Lê Chân năm 2022)"
    assert orgs[trung] == "Đoàn kiểm tra của thành phố Hải Phòng (diễn tập khu vực phòng thủ quận Lê Chân năm 2022)"


def test_trainees_counted_as_award_recipients(drafter):
    result = draft(drafter, "          Ngày 25/10/2022, UBND quận Lê Chân tổ chức Lễ bế giảng lớp bồi dưỡng kiến thức quốc phòng "
                            "và an ninh. Dịp này, Chủ tịch UBND quận tặng Giấy khen cho 06 học viên có kết quả học tập "
                            "xuất sắc.\n")
    assert awards(result) == {("ubnd-le-chan", "giay-khen", 0, 6)}


def test_two_namesakes_of_different_ranks_and_posts_are_two_people(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự có Đại tá "
                            "Nguyễn Văn Hải - Chỉ huy trưởng Bộ CHQS thành phố. Trung tá Nguyễn Văn Hải, Chính trị viên "
                            "Ban CHQS quận trình bày báo cáo. Đại tá Nguyễn Văn Hải phát biểu chỉ đạo.\n")
    people = [p["id"] for p in result.record["people"] if p["name"] == "Nguyễn Văn Hải"]
    assert len(people) == 2
    held = {h["person"]: h["post"] for h in result.record["holdings"]}
    ranked = {r["person"]: r["rank"] for r in result.record["ranks"]}
    assert {(held[p], ranked[p]) for p in people} == {("chi-huy-truong@bo-chqs-hai-phong", "dai-ta"),
                                                      ("chinh-tri-vien@ban-chqs-le-chan", "trung-ta")}


def test_a_province_body_holding_the_event_keeps_a_district_named_twice_from_being_home(drafter):
    text = ("Cà Mau, ngày 12/7/2024\n\nĐảng ủy Quân sự tỉnh sơ kết 6 tháng đầu năm 2024\n\n"
            "Sáng 11/7, Đảng ủy Quân sự tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2024. Dự có Đại tá Lê Văn Tư, "
            "Phó Bí thư Đảng ủy, Chính ủy Bộ CHQS tỉnh. Huyện Năm Căn diễn tập khu vực phòng thủ đạt loại giỏi. "
            "Thiếu tá Trần Văn Năm, Chỉ huy trưởng Ban CHQS huyện Năm Căn tham luận.\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    assert posts(result, "Lê Văn Tư") == {"pho-bi-thu@duqs-ca-mau", "chinh-uy@bo-chqs-ca-mau"}


def test_bodies_named_in_a_row_as_recipients_are_counted(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dịp này, "
                            "UBND quận tặng Giấy khen cho Ban CHQS phường An Biên, Ban CHQS phường Dư Hàng và 03 cá nhân.\n")
    assert awards(result) == {("ubnd-le-chan", "giay-khen", 2, 3)}


def test_a_district_official_heads_the_steering_board_of_a_commune_exercise(drafter):
    result = draft(drafter, "          Ngày 20/10/2022, UBND xã Lập Lễ (huyện Thủy Nguyên) tổ chức diễn tập chiến đấu phòng "
                            "thủ xã năm 2022. Đồng chí Phạm Văn Bình, Phó Chủ tịch UBND huyện, Trưởng Ban Chỉ đạo diễn tập "
                            "dự và chỉ đạo.\n", headline="Xã Lập Lễ diễn tập chiến đấu phòng thủ năm 2022")
    orgs = {o["id"]: o for o in result.record["organisations"]}
    [board] = [p.split("@")[1] for p in posts(result, "Phạm Văn Bình") if p.startswith("truong-ban@")]
    assert orgs[board]["vi"] == "Ban Chỉ đạo diễn tập huyện Thủy Nguyên"
    assert orgs[board]["place"] == "thuy-nguyen"


def test_a_staff_department_named_with_its_unit(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự có Thượng "
                            "tá Hà Văn Sáu, Trợ lý Phòng Tác chiến, Bộ Tham mưu Quân khu 3.\n")
    orgs = {o["id"]: o for o in result.record["organisations"]}
    [post] = posts(result, "Hà Văn Sáu")
    role, org = post.split("@")
    assert role == "tro-ly" and orgs[org]["vi"] == "Phòng Tác chiến, Bộ Tham mưu Quân khu 3"
    assert orgs[orgs[org]["part_of"]]["vi"] == "Bộ Tham mưu Quân khu 3"


def test_a_province_named_after_its_committee_with_no_level_word(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự có Trưởng Ban "
                            "Tổ chức Tỉnh ủy Thái Bình Nguyễn Văn Bảy.\n")
    assert "Thái Bình" not in names(result)
    orgs = {o["id"]: o["vi"] for o in result.record["organisations"]}
    assert {(p.split("@")[0], orgs[p.split("@")[1]]) for p in posts(result, "Nguyễn Văn Bảy")} == {
        ("truong-ban", "Ban Tổ chức Tỉnh ủy Thái Bình")}
    english = {o["vi"]: o["en"] for o in result.record["organisations"]}
    assert english["Ban Tổ chức Tỉnh ủy Thái Bình"] == "Organisation Commission of the Thai Binh Province Party Committee"


def event_of(result) -> dict:
    return next(e for e in result.record["events"] if e["id"] == result.record["article"]["main_event"])


def test_a_commune_exercise_under_a_district_plan_is_the_commune_s(drafter):
    result = draft(drafter, "          Thực hiện Kế hoạch số 86/KH-UBND ngày 15/5/2022 của UBND huyện Thủy Nguyên về tổ chức diễn "
                            "tập chiến đấu phòng thủ xã năm 2022, từ ngày 14 đến 16/9, Đảng ủy, UBND xã Lập Lễ tổ chức diễn "
                            "tập chiến đấu phòng thủ năm 2022. Đồng chí Phạm Văn Bình, Chủ tịch UBND huyện, Trưởng ban Chỉ "
                            "đạo diễn tập huyện dự.\n", headline="Xã Lập Lễ diễn tập chiến đấu phòng thủ năm 2022")
    event = event_of(result)
    assert event["organizer"] == ["dang-uy-lap-le", "ubnd-lap-le"] and event["location"] == "lap-le"
    orgs = {o["id"]: o["vi"] for o in result.record["organisations"]}
    [board] = [p.split("@")[1] for p in posts(result, "Phạm Văn Bình") if p.startswith("truong-ban@")]
    assert orgs[board] == "Ban Chỉ đạo diễn tập huyện Thủy Nguyên"  # the district's board, not of one year


def test_the_commune_in_the_headline_is_where_an_exercise_with_no_organiser_read_is(drafter):
    result = draft(drafter, "          Thực hiện Kế hoạch số 86/KH-UBND ngày 15/5/2022 của UBND huyện Thủy Nguyên, trong 2 ngày "
                            "(22 – 23/8), xã Lập Lễ tổ chức diễn tập chiến đấu phòng thủ năm 2022.\n",
                   headline="Xã Lập Lễ diễn tập chiến đấu phòng thủ năm 2022")
    assert event_of(result)["location"] == "lap-le"


def test_an_adverb_between_the_organiser_and_its_verb(drafter):
    result = draft(drafter, "          Sáng 10/2/2023, Bộ Chỉ huy Quân sự thành phố long trọng tổ chức Lễ ra quân huấn luyện năm "
                            "2023.\n", headline="Bộ CHQS thành phố ra quân huấn luyện năm 2023")
    assert event_of(result)["organizer"] == ["bo-chqs-hai-phong"]


def test_a_hard_wrapped_article_is_read_across_its_line_breaks(drafter):
    text = ("Hải Phòng, ngày 22/8/2022\n\nLê Chân: Khai giảng lớp bồi dưỡng kiến thức QP-AN\n"
            "Sáng 20/8, Hội đồng Giáo dục quốc phòng và an ninh quận Lê Chân tổ chức\n"
            "khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4\n"
            "năm 2022. Dự có đồng chí Trần Văn Tám – Phó Bí thư Quận ủy, Chủ tịch UBND\n"
            "quận; Thượng tá Phan Công Lực – Phó Chỉ huy trưởng Bộ CHQS thành phố; bà\n"
            "Vũ Thị Hoa, Phó Chủ tịch HĐND quận và các thành viên Hội đồng quận.\n"
            "Bài, ảnh: Hoàng Giang\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    assert posts(result, "Trần Văn Tám") == {"pho-bi-thu@quan-uy-le-chan", "chu-tich@ubnd-le-chan"}
    assert posts(result, "Phan Công Lực") == {"pho-chi-huy-truong@bo-chqs-hai-phong"}
    assert posts(result, "Vũ Thị Hoa") == {"pho-chu-tich@hdnd-le-chan"}
    event = event_of(result)
    assert (event["date"], event["id"]) == ("2022-08-20", "le-khai-giang-boi-duong-qpan-2022")
    # Quotes run over the line breaks as spaces; the record checker finds them in the text as written.
    quotes = [h["quote"] for h in result.record["holdings"]]
    assert "Phan Công Lực – Phó Chỉ huy trưởng Bộ CHQS thành phố" in " ".join(quotes)


def test_a_province_s_official_named_after_the_title_and_its_standing_disaster_board(drafter):
    result = draft(drafter, "          Ngày 17/10/2022, UBND quận Lê Chân tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu "
                            "nạn năm 2022. Đồng chí Lê Anh Ba - Phó Chủ tịch UBND thành phố, Phó Trưởng ban Thường trực Ban "
                            "Chỉ huy PCTT và TKCN thành phố dự. Phát biểu kết luận, Phó Chủ tịch UBND tỉnh Tôn Thất Bảo Long "
                            "đánh giá cao cuộc diễn tập.\n")
    assert "Tôn Thất Bảo Long" in names(result)  # no province has that name
    orgs = {o["id"]: o for o in result.record["organisations"]}
    [board] = [p.split("@")[1] for p in posts(result, "Lê Anh Ba") if p.startswith("pho-truong-ban@")]
    assert orgs[board]["vi"] == "Ban Chỉ huy PCTT và TKCN thành phố Hải Phòng"  # standing: no event, no year
    assert event_of(result)["vi"].startswith("Diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn năm 2022")


def test_letters_swapped_in_a_notation(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự có đ/c Đinh "
                            "Công Hậu - Phó Bí thư Quận ủy, Chủ tịch UNBD quận.\n")
    assert posts(result, "Đinh Công Hậu") == {"pho-bi-thu@quan-uy-le-chan", "chu-tich@ubnd-le-chan"}


def test_which_wrapped_lines_are_joined():
    from kg.draft.text import Doc

    text = ("Ngày đăng: 22/8/2022\n"
            "Quận Lê Chân khai giảng lớp bồi dưỡng kiến thức quốc phòng năm 2022\n"  # a headline, not wrapped
            "Sáng 20/8, Hội đồng Giáo dục quốc phòng và an ninh quận Lê Chân tổ chức\n"
            "khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4\n"
            "năm 2022. Báo cáo của Trung tá Kiều Văn Sang – Chỉ huy trưởng Ban CHQS,\n"
            "Phó Chủ tịch Thường trực Hội đồng cho biết: lớp học có 108 học viên là\n"
            "trưởng, phó các phòng, ban, ngành, đoàn thể quận.\n"
            "Bài, ảnh: Hoàng Giang\n")
    doc = Doc(text)
    assert [line.number for line in doc.lines if line.end > line.start] == [1, 2, 3, 8]
    assert doc.text.count("\n") == text.count("\n") - 4 and len(doc.text) == len(text)
    assert Doc("Một dòng.\nHai dòng.\n").lines[0].end == len("Một dòng.")  # a text that is not wrapped


def test_people_listed_in_a_row_share_the_command_named_last(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự có Thượng tá Lâm "
                            "Quốc Việt - Chỉ huy trưởng, Thượng tá Trần Văn Nhã - Chính trị viên Ban CHQS quận; Thiếu úy QNCN "
                            "Đỗ Quốc Vinh, Trợ lý Ban CHQS quận.\n")
    assert posts(result, "Lâm Quốc Việt") == {"chi-huy-truong@ban-chqs-le-chan"}
    assert posts(result, "Trần Văn Nhã") == {"chinh-tri-vien@ban-chqs-le-chan"}
    ranked = {r["person"]: r["rank"] for r in result.record["ranks"]}
    assert ranked["do-quoc-vinh"] == "thieu-uy"  # a professional soldier: "QNCN" after the rank


def test_the_side_a_list_is_of_and_a_department_s_head(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, Bộ CHQS thành phố tổ chức Lễ ra quân huấn luyện năm 2023. Về phía Bộ CHQS "
                            "thành phố có Đại tá Nguyễn Hữu Thanh, Ủy viên Ban Thường vụ Thành ủy, Chỉ huy trưởng; Đại tá "
                            "Lương Văn Duẩn, Chính ủy. Thượng tá Đoàn Văn Khoa, Chủ nhiệm Chính trị Bộ CHQS thành phố công "
                            "bố quyết định.\n", headline="Bộ CHQS thành phố ra quân huấn luyện năm 2023")
    assert posts(result, "Nguyễn Hữu Thanh") == {"uy-vien-ban-thuong-vu@thanh-uy-hai-phong",
                                                 "chi-huy-truong@bo-chqs-hai-phong"}
    orgs = {o["id"]: o for o in result.record["organisations"]}
    [post] = posts(result, "Đoàn Văn Khoa")
    role, org = post.split("@")
    assert role == "chu-nhiem" and orgs[org]["vi"] == "Phòng Chính trị, Bộ CHQS thành phố Hải Phòng"


def test_a_title_then_a_comma_then_the_rank_and_name_and_a_bare_board_later(drafter):
    result = draft(drafter, "          Ngày 20/10/2022, UBND quận Lê Chân tổ chức diễn tập khu vực phòng thủ năm 2022. Đại tá "
                            "Nguyễn Bá Trung, Phó Chỉ huy trưởng Bộ CHQS thành phố, Trưởng ban Chỉ đạo diễn tập trực tiếp chỉ "
                            "đạo. Cùng dự có Thượng tá Nguyễn Văn Hiếu, Phó Trưởng ban Chỉ đạo. Phó Chỉ huy trưởng Ban CHQS "
                            "quận, Thiếu tá Sơn Ngọc Đức được giao chỉ huy lực lượng thực binh.\n",
                   headline="Quận Lê Chân diễn tập khu vực phòng thủ năm 2022")
    [board] = [p.split("@")[1] for p in posts(result, "Nguyễn Bá Trung") if p.startswith("truong-ban@")]
    assert posts(result, "Nguyễn Văn Hiếu") == {f"pho-truong-ban@{board}"}  # the same board, named once
    assert posts(result, "Sơn Ngọc Đức") == {"pho-chi-huy-truong@ban-chqs-le-chan"}


def test_a_social_post_at_new_year_about_the_last_day_of_the_year(drafter):
    text = ("Ban Chỉ huy Quân sự xã Lập Lễ\n2 tháng 1 lúc 09:15 · 🌏\n\n🏠 TRAO \"NHÀ ĐỒNG ĐỘI\" NGÀY CUỐI NĂM 🏠\n\n"
            "📌 Sáng 31/12, Ban CHQS xã Lập Lễ tổ chức lễ bàn giao \"Nhà đồng đội\" xây dựng theo Chương trình năm 2025. "
            "Dự có đ/c Thượng tá Nông Đức Lâm, Phó Chỉ huy trưởng Bộ CHQS thành phố Hải Phòng.\n\n"
            "✍️ Tin: Hoàng Thu Trang | 📸 Ảnh: Lò Văn Kiên\n\n#QuânSự #XãLậpLễ\n\n👍❤️ 126 · 💬 18 bình luận\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    assert event_of(result)["date"] == "2025-12-31"  # posted on 2 January 2026
    assert result.record["article"]["published"]["date"] == "2026-01-02"
    author = result.record["article"]["author"]["person"]
    assert {p["id"]: p["name"] for p in result.record["people"]}[author] == "Hoàng Thu Trang"


def test_a_military_school_opening_a_course_and_a_bare_party_committee_of_a_commune(drafter):
    result = draft(drafter, "          (QĐND Online) - Sáng 9-3-2023, Trường Quân sự thành phố khai giảng lớp bồi dưỡng kiến "
                            "thức quốc phòng và an ninh cho đối tượng 4. Dự có Thượng tá Hà Văn Dũng, Hiệu trưởng Trường Quân "
                            "sự thành phố; đồng chí Lê Thị Hoà, Phó trưởng ban Tuyên giáo và Dân vận Thành uỷ. Thay mặt học "
                            "viên, đồng chí La Văn Tín, Phó Bí thư Đảng ủy, Chủ tịch HĐND phường An Biên phát biểu.\n",
                   headline="Trường Quân sự thành phố khai giảng lớp bồi dưỡng kiến thức QP-AN")
    event = event_of(result)
    assert event["date"] == "2023-03-09" and event["vi"].startswith("Lễ khai giảng lớp bồi dưỡng")
    orgs = {o["id"]: o["vi"] for o in result.record["organisations"]}
    held = {p: {(h.split("@")[0], orgs[h.split("@")[1]]) for h in posts(result, p)}
            for p in ("Hà Văn Dũng", "Lê Thị Hoà", "La Văn Tín")}
    assert held == {"Hà Văn Dũng": {("hieu-truong", "Trường Quân sự thành phố Hải Phòng")},
                    "Lê Thị Hoà": {("pho-truong-ban", "Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng")},
                    "La Văn Tín": {("pho-bi-thu", "Đảng ủy phường An Biên"), ("chu-tich", "HĐND phường An Biên")}}


def test_a_member_of_the_executive_of_a_place_s_party_organisation(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự có bà Lê Thị Mỹ "
                            "Hạnh, Ủy viên Ban Chấp hành Đảng bộ thành phố, Phó Chủ tịch HĐND thành phố.\n")
    assert posts(result, "Lê Thị Mỹ Hạnh") == {"uy-vien@thanh-uy-hai-phong", "pho-chu-tich@hdnd-hai-phong"}


def test_a_press_release_of_an_inspection(drafter):
    text = ("BAN CHQS QUẬN LÊ CHÂN\n\nSố: 27/TCBC-BCHQS\nLê Chân, ngày 13 tháng 10 năm 2023\n\nTHÔNG CÁO BÁO CHÍ\n"
            "ĐOÀN KIỂM TRA BỘ CHQS THÀNH PHỐ KIỂM TRA CÔNG TÁC QUÂN SỰ, QUỐC PHÒNG NĂM 2023 TẠI QUẬN LÊ CHÂN\n\n"
            "Trong 02 ngày (11 và 12/10/2023), Đoàn kiểm tra của Bộ CHQS thành phố do Đại tá Lê Văn Thuận, Phó Chỉ huy "
            "trưởng Bộ CHQS thành phố làm Trưởng đoàn đã kiểm tra toàn diện công tác quân sự, quốc phòng năm 2023 của "
            "quận. Làm việc với Đoàn có đồng chí Mai Xuân Hùng, Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Quận ủy.\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    event = event_of(result)
    assert (event["date"], event.get("end_date")) == ("2023-10-11", "2023-10-12")
    assert event["vi"].startswith("Kiểm tra toàn diện công tác quân sự")
    orgs = {o["id"]: o["vi"] for o in result.record["organisations"]}
    [team] = [p.split("@")[1] for p in posts(result, "Lê Văn Thuận") if p.startswith("truong-doan@")]
    assert orgs[team] == "Đoàn kiểm tra của Bộ CHQS thành phố Hải Phòng"  # the event is its inspection
    assert not any(v.isupper() for v in orgs.values())  # nothing read from the all-capital headline
    assert {p.split("@")[0] for p in posts(result, "Mai Xuân Hùng")} == {"uy-vien-ban-thuong-vu", "truong-ban"}
    assert "uy-vien-ban-thuong-vu@quan-uy-le-chan" in posts(result, "Mai Xuân Hùng")


def test_the_province_named_most_often_is_the_article_s(drafter):
    text = ("Ngày 28/11/2025 | 15:10 | Lượt xem: 347\n\nXã Lệ Thủy diễn tập phòng thủ dân sự năm 2025\n\n"
            "Ngày 26/11/2025, UBND xã Lệ Thủy tổ chức diễn tập phòng thủ dân sự năm 2025, lần đầu kể từ khi tỉnh Quảng "
            "Bình và tỉnh Quảng Trị hợp nhất thành tỉnh Quảng Trị mới. Dự có Đại tá Đinh Văn Hải, Chỉ huy trưởng Bộ "
            "CHQS tỉnh; Phó Chủ tịch UBND tĩnh Phạm Văn Ba.\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    assert posts(result, "Đinh Văn Hải") == {"chi-huy-truong@bo-chqs-quang-tri"}
    assert posts(result, "Phạm Văn Ba") == {"pho-chu-tich@ubnd-quang-tri"}  # "tĩnh", a typo of "tỉnh"


def test_an_organised_act_the_genre_has_no_noun_for_is_the_event(drafter):
    result = draft(drafter, "          Ngày 16/01/2023, Bộ Chỉ huy Quân sự thành phố tổ chức gặp mặt cán bộ hưu trí, cựu quân nhân "
                            "tiêu biểu nhân dịp đón Xuân Quý Mão. Dịp này, Bộ CHQS thành phố tặng Giấy khen cho 03 tập thể và "
                            "08 cá nhân.\n", headline="Bộ CHQS thành phố gặp mặt cán bộ hưu trí, cựu quân nhân")
    event = event_of(result)
    assert event["date"] == "2023-01-16" and event["vi"].startswith("Gặp mặt cán bộ hưu trí")
    assert awards(result) == {("bo-chqs-hai-phong", "giay-khen", 3, 8)}
    closing = draft(drafter, "          Chiều 15-4-2023, Ban CHQS quận Lê Chân tổ chức bế mạc huấn luyện dân quân năm 2023.\n")
    assert event_of(closing)["vi"].startswith("Lễ bế mạc huấn luyện dân quân năm 2023")


def test_a_province_portal_a_retired_colonel_and_the_party_committee_of_a_command(drafter):
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH BÌNH\nTrang chủ » Quốc phòng - An ninh\n\n"
            "Bộ CHQS tỉnh gặp mặt cựu quân nhân\n\nNgày đăng: 14/01/2026\n\n"
            "Ngày 09/01, Bộ CHQS tỉnh tổ chức gặp mặt cựu quân nhân tiêu biểu của xã Giao Thủy. Đại tá Lê Quang Trung – "
            "Bí thư Đảng ủy, "
            "Chính ủy Bộ CHQS tỉnh chủ trì; Đại tá (hưu) Nguyễn Văn Bảy phát biểu; Thượng tá Trần Văn Tư, Phó Bí thư "
            "Đảng ủy Bộ CHQS tỉnh dự.\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    orgs = {o["id"]: o["vi"] for o in result.record["organisations"]}
    held = {(h.split("@")[0], orgs[h.split("@")[1]]) for h in posts(result, "Lê Quang Trung")}
    assert held == {("bi-thu", "Đảng ủy Bộ CHQS tỉnh Ninh Bình"), ("chinh-uy", "Bộ CHQS tỉnh Ninh Bình")}
    assert {(h.split("@")[0], orgs[h.split("@")[1]]) for h in posts(result, "Trần Văn Tư")} == {
        ("pho-bi-thu", "Đảng ủy Bộ CHQS tỉnh Ninh Bình")}  # the portal's province, not Giao Thủy's before 2025
    ranked = {r["person"]: r["rank"] for r in result.record["ranks"]}
    assert ranked["nguyen-van-bay"] == "dai-ta"


def test_the_act_of_the_lead_s_subject_and_hue_as_a_city_of_its_own(drafter):
    text = ("Thứ Sáu, 12/12/2025 - 09:15\n\nTuyên dương điển hình tiên tiến\n\n"
            "Chiều 11/12, Đảng ủy, Bộ Chỉ huy Quân sự thành phố Huế tuyên dương gương điển hình tiên tiến năm 2025. "
            "Đại tá Lê Quang Thuận, Chỉ huy trưởng Bộ CHQS thành phố chủ trì. Dịp này, Bộ CHQS thành phố tặng Giấy "
            "khen cho 09 tập thể và 36 cá nhân.\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    event = event_of(result)
    assert event["date"] == "2025-12-11" and event["vi"].startswith("Tuyên dương gương điển hình tiên tiến")
    assert posts(result, "Lê Quang Thuận") == {"chi-huy-truong@bo-chqs-hue"}
    assert awards(result) == {("bo-chqs-hue", "giay-khen", 9, 36)}
    joint = draft(drafter, "          Chiều 21/2/2023, Ban CHQS quận Lê Chân phối hợp với Hội đồng NVQS quận gặp mặt, tặng quà "
                           "cho các quân nhân chuẩn bị nhập ngũ.\n", headline="Gặp mặt quân nhân chuẩn bị nhập ngũ")
    assert event_of(joint)["vi"].startswith("Gặp mặt, tặng quà cho các quân nhân")


def test_an_author_and_time_before_the_date_and_a_k_ho_name(drafter):
    text = ("Hội thao dân quân tự vệ\n\nQuang Minh - 09:15 20/10/2022\n\n"
            "Từ ngày 15 đến 17/10/2022, Ban CHQS quận Lê Chân tổ chức Hội thao dân quân tự vệ năm 2022. Dự có ông "
            "K'Dũng - Phó Bí thư Quận ủy; Đại tá Hoàng Minh Đức, Phó Chỉ huy trưởng Bộ CHQS thành phố Hải Phòng.\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    author = result.record["article"]["author"]["person"]
    assert {p["id"]: p["name"] for p in result.record["people"]}[author] == "Quang Minh"
    assert "place" not in result.record["article"]["published"]
    assert posts(result, "K'Dũng") == {"pho-bi-thu@quan-uy-le-chan"}
    assert posts(result, "Hoàng Minh Đức") == {"pho-chi-huy-truong@bo-chqs-hai-phong"}


def test_a_city_command_written_short_and_units_named_as_former(drafter):
    text = ("TP.HCM: Phường Bến Cát ra quân huấn luyện\n\nThứ Hai, 09/03/2026 08:05 (GMT+7)\n\n"
            "Sáng 7-3-2026, Ban CHQS phường Bến Cát (TP Hồ Chí Minh) tổ chức lễ ra quân huấn luyện năm 2026. Dự có Đại "
            "tá Hồ Thanh Sơn – Phó Tham mưu trưởng Bộ Tư lệnh TP; ông Trần Minh Hòa, Phó Chủ tịch UBND phường.\n\n"
            "Phường Bến Cát được thành lập trên cơ sở sắp xếp các phường của thị xã Bến Cát, tỉnh Bình Dương (cũ).\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    assert posts(result, "Hồ Thanh Sơn") == {"pho-tham-muu-truong@btl-tp-ho-chi-minh"}
    within = {p["vi"]: p.get("within") for p in result.record["places"]}
    # The ward is the city's since 2025; the town it was made from, named with "(cũ)", is no home district.
    assert within["phường Bến Cát"] == "ho-chi-minh" and within["thị xã Bến Cát"] is None


def test_a_bare_name_with_a_surname_no_list_has_before_a_post_and_its_body(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Về phía quận có "
                            "các đồng chí: Đinh Công Khiêm, Bí thư Quận ủy; Ly Seo Chúng, Phó Bí thư Quận ủy, Chủ tịch "
                            "UBND quận. Báo cáo Tổng Kết Năm, Phó Chủ tịch UBND quận nêu rõ kết quả.\n")
    assert posts(result, "Ly Seo Chúng") == {"pho-bi-thu@quan-uy-le-chan", "chu-tich@ubnd-le-chan"}
    assert names(result) == {"Đinh Công Khiêm", "Ly Seo Chúng"}


def test_a_highland_name_after_a_title_and_a_commune_exercise_held_by_the_district(drafter):
    text = ("Diễn tập chiến đấu phòng thủ xã Đắk Pxi năm 2024\n\nNgày đăng: 22/04/2024\n\n"
            "Ngày 18/4, UBND huyện Đắk Hà tổ chức diễn tập chiến đấu phòng thủ xã Đắk Pxi. Dự có ông A Thuyên - Bí thư "
            "Huyện ủy, Trưởng Ban Chỉ đạo diễn tập huyện.\n\n"
            "Chủ tịch UBND xã Y Lan ban hành quyết định chuyển xã vào trạng thái sẵn sàng chiến đấu; Chỉ huy trưởng Ban "
            "CHQS xã Rơ Châm Nguyên báo cáo quyết tâm chiến đấu.\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    assert posts(result, "Y Lan") == {"chu-tich@ubnd-dak-pxi"}
    assert posts(result, "Rơ Châm Nguyên") == {"chi-huy-truong@ban-chqs-dak-pxi"}
    assert not any(p["name"] in ("Y Lan", "Rơ Châm Nguyên") for p in result.record["places"])
    assert event_of(result)["location"] == "dak-pxi"  # the commune's exercise, held by the district
    boards = {o["vi"] for o in result.record["organisations"] if o["vi"].startswith("Ban Chỉ đạo")}
    assert boards == {"Ban Chỉ đạo diễn tập huyện Đắk Hà"}  # the district's board of such exercises, no year


def test_the_closing_ceremony_a_headline_names_and_comrades_counted_as_individuals(drafter):
    text = ("Bế mạc Hội thao Dân quân tự vệ quận Lê Chân năm 2023\n\nNgày đăng: 15/05/2023\n\n"
            "Từ ngày 09 đến 11/5, Ban CHQS quận Lê Chân tổ chức Hội thao Dân quân tự vệ năm 2023. Chiều 11/5, Ban Tổ "
            "chức Hội thao tổ chức lễ bế mạc và trao giải. Dự lễ bế mạc có Trung tá Lê Minh Trí, Trưởng đoàn kiểm tra "
            "của Bộ Tư lệnh Quân khu 3; ông Võ Thanh Phong, Phó Chủ tịch UBND quận, Trưởng ban Tổ chức Hội thao. Dịp này, Ban CHQS quận tặng danh hiệu Chiến sĩ tiên tiến cho 05 đ/c dân quân.\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    assert event_of(result)["date"] == "2023-05-11"  # the closing ceremony, not the contest's first day
    assert event_of(result)["vi"].startswith("Lễ bế mạc và trao giải Hội thao Dân quân tự vệ năm 2023")  # of what
    boards = {o["vi"].lower() for o in result.record["organisations"] if o["vi"].startswith("Ban Tổ chức")}
    assert boards == {"ban tổ chức hội thao dân quân tự vệ quận lê chân năm 2023"}  # the contest's board
    assert awards(result) == {("ban-chqs-le-chan", "chien-si-tien-tien", 0, 5)}
    orgs = {o["id"]: o for o in result.record["organisations"]}
    (team,) = {h.split("@")[1] for h in posts(result, "Lê Minh Trí")}
    assert orgs[team]["vi"].startswith("Đoàn kiểm tra của Bộ Tư lệnh Quân khu 3")  # the sender written, not a guess


def test_a_standing_deputy_of_the_board_and_a_defence_zone_written_short(drafter):
    text = ("BẾ MẠC DIỄN TẬP KHU VỰC PHÒNG THỦ PHƯỜNG TỨ MINH\n\n12 tháng 11 lúc 20:15\n\n"
            "Chiều ngày 12/11/2025, Ban Chỉ đạo diễn tập khu vực phòng thủ phường Tứ Minh tổ chức bế mạc cuộc diễn tập khu "
            "vực phòng thủ phường năm 2025. Dự có:\n- Thượng tá Bùi Đức Long – Chính trị viên Ban Chỉ huy PTKV 3 (Bộ CHQS "
            "thành phố);\n- Đ/c Đỗ Thị Thanh Huyền - Bí thư Đảng ủy phường, Trưởng Ban Chỉ đạo diễn tập;\n"
            "- Thiếu tá Vũ Văn Tới-Chỉ huy trưởng Ban CHQS phường, Phó Trưởng Ban Chỉ đạo thuờng trực.\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    orgs = {o["id"]: o["vi"] for o in result.record["organisations"]}
    board = {h.split("@")[1] for h in posts(result, "Đỗ Thị Thanh Huyền") if h.startswith("truong-ban@")}
    assert {h.split("@")[1] for h in posts(result, "Vũ Văn Tới") if h.startswith("pho-truong-ban@")} == board
    assert [orgs[h.split("@")[1]] for h in posts(result, "Bùi Đức Long")] == ["Ban Chỉ huy Phòng thủ khu vực 3"]


def test_authors_in_capitals_under_the_headline_and_a_recruit_named_after_what_he_is(drafter):
    text = ("La Gi: Ra quân huấn luyện dân quân tự vệ năm 2024\n\nVĂN TÂM - THANH HẢI\n\n05/03/2024 - 10:12\n\n"
            "(BTO) - Sáng 4/3, Ban Chỉ huy Quân sự thị xã La Gi tổ chức Lễ ra quân huấn luyện dân quân tự vệ năm 2024. "
            "Thay mặt các chiến sĩ, chiến sĩ dân quân A Khang (thôn Kon Hia 2) hứa hoàn thành tốt nhiệm vụ.\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    people = {p["name"]: p for p in result.record["people"]}
    assert {"Văn Tâm", "Thanh Hải", "A Khang"} <= set(people)  # names in capitals are written as names
    assert people["Văn Tâm"]["quote"] == "VĂN TÂM"
    assert result.record["article"]["author"]["person"] == people["Văn Tâm"]["id"]


def test_a_social_post_s_lead_ends_with_emoji_and_a_defence_zone_named_with_its_seat_first(drafter):
    text = ("Phường Vĩnh Thông - Tỉnh An Giang\n14 tháng 2 lúc 19:05 · 🌏\n\n🎖️ PHƯỜNG VĨNH THÔNG GẶP MẶT TÂN BINH 🎖️\n\n"
            "📅 Chiều ngày 13/02/2026, Đảng ủy - HĐND - UBND phường Vĩnh Thông long trọng tổ chức buổi gặp mặt, tặng quà "
            "cho 38 thanh niên trúng tuyển nhập ngũ năm 2026 🎁💐\n\n"
            "🔹 Ông Trương Minh Nhựt Chủ tịch UBND phường;\n\n"
            "Buổi gặp mặt dưới sự chỉ đạo của Ban Chỉ huy Phòng thủ khu vực 5 - Rạch Giá (Bộ CHQS tỉnh). Thượng tá Lê "
            "Công Tuấn, Phó Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 5 phát biểu.\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    assert event_of(result)["date"] == "2026-02-13"
    assert posts(result, "Trương Minh Nhựt") == {"chu-tich@ubnd-vinh-thong"}
    orgs = {o["id"]: o["vi"] for o in result.record["organisations"]}
    assert [orgs[h.split("@")[1]] for h in posts(result, "Lê Công Tuấn")] == [
        "Ban Chỉ huy Phòng thủ khu vực 5 – Rạch Giá, Bộ CHQS tỉnh An Giang"]  # later by its number: the same one


def test_a_review_board_is_no_event_and_a_drill_s_scenario_is_no_part_of_its_name(drafter):
    review = draft(drafter, "          Sáng 24/6/2020, Ban Chỉ đạo tổng kết 10 năm thi hành Luật Dân quân tự vệ quận Lê Chân tổ "
                            "chức hội nghị tổng kết 10 năm thực hiện Luật Dân quân tự vệ giai đoạn 2010 - 2020.\n")
    assert event_of(review)["vi"].startswith("Hội nghị tổng kết 10 năm thực hiện Luật Dân quân tự vệ")
    drill = draft(drafter, "          Sáng 18/9/2023, UBND quận Lê Chân tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu "
                           "nạn năm 2023 với tình huống giả định bão mạnh kết hợp mưa lớn. Dự có Thượng tá Lê Công Tuấn, Phó "
                           "Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 1 - Bộ CHQS thành phố.\n")
    assert "tình huống" not in event_of(drill)["vi"]
    orgs = {o["id"]: o["vi"] for o in drill.record["organisations"]}
    assert [orgs[h.split("@")[1]] for h in posts(drill, "Lê Công Tuấn")] == [
        "Ban Chỉ huy Phòng thủ khu vực 1, Bộ CHQS thành phố Hải Phòng"]  # "- Bộ CHQS …" is no seat


def test_windows_line_ends_in_a_hard_wrapped_text_and_no_break_spaces_in_labels(drafter):
    wrapped = (FIXTURES / "styles" / "dak-mil-khai-giang-qpan-doi-tuong-4-2024.txt").read_text(encoding="utf-8")
    assert "Trưởng Công an\nxã Đức Minh" in wrapped
    result = drafter.draft_text(wrapped.replace("\n", "\r\n"), article_id="hu-cau", text_ref="hu-cau.txt")
    assert posts(result, "Kiều Văn Sáng") == {"truong-cong-an@ca-duc-minh"}  # as with LF line ends
    spaced = draft(drafter, "          Ngày 9/1/2023, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự có ông Trần Văn "
                            "Hòa, Phó Trưởng ban Thường trực Ban Chỉ huy\u00a0PCTT và\u00a0TKCN quận.\n")
    (board,) = [o for o in spaced.record["organisations"] if o["id"].startswith("ban-chi-huy")]
    assert board["vi"] == "Ban Chỉ huy PCTT và TKCN quận Lê Chân"  # the quote, matched with spaces, finds the text


def test_a_list_of_communes_a_hmong_chair_after_his_titles_and_villages_as_recipients(drafter):
    text = ("Hội đồng NVQS xã Tùng Vài thông qua danh sách công dân nhập ngũ\n\nNgày đăng: 09/12/2025\n\n"
            "Ngày 06 tháng 12, Hội đồng Nghĩa vụ quân sự xã Tùng Vài tổ chức hội nghị xét duyệt danh sách công dân gọi "
            "nhập ngũ năm 2026. Phó Bí thư Đảng ủy, Chủ tịch UBND xã, Chủ tịch Hội đồng NVQS xã Vàng Mí Sính chủ trì hội "
            "nghị.\n\nXã Tùng Vài được thành lập trên cơ sở sáp nhập các xã Tùng Vài, Cao Mã Pờ và Tả Ván thuộc huyện Quản "
            "Bạ, tỉnh Hà Giang (cũ). Dịp này, UBND xã tặng Giấy khen cho 03 thôn và 05 cá nhân.\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    assert event_of(result)["date"] == "2025-12-06"  # "Ngày 06 tháng 12": the year of the page
    assert names(result) == {"Vàng Mí Sính"}  # "Cao Mã Pờ" is a commune of the list, not a person
    assert {"xã Cao Mã Pờ", "xã Tả Ván"} <= {p["vi"] for p in result.record["places"]}
    assert posts(result, "Vàng Mí Sính") == {"pho-bi-thu@dang-uy-tung-vai", "chu-tich@ubnd-tung-vai",
                                             "chu-tich@hoi-dong-nvqs-tung-vai"}
    assert awards(result) == {("ubnd-tung-vai", "giay-khen", 3, 5)}


def test_a_name_misspelt_once_is_the_same_person_unless_rank_or_post_differ(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự có đồng chí "
                            "Lương Đức Minh, Chủ tịch UBND quận; Trung tá Kiều Văn Sang – Chỉ huy trưởng Ban CHQS quận. Chủ "
                            "tịch UBND quận Lương Đưc Minh phát biểu. Đồng chí Kiều Văn Sáng, Trưởng Công an phường An Biên "
                            "báo cáo.\n")
    assert {"Lương Đức Minh", "Kiều Văn Sang", "Kiều Văn Sáng"} == names(result)
    assert posts(result, "Kiều Văn Sáng") == {"truong-cong-an@ca-an-bien"}


def test_a_post_titled_in_capitals_above_the_page_s_name_and_time(drafter):
    text = ("🎯 PHƯỜNG AN BIÊN BẾ MẠC HUẤN LUYỆN DÂN QUÂN NĂM 2026\n\nQuân sự phường An Biên\n14 tháng 3 lúc 17:42 · 🌏\n\n"
            "👉 Sáng ngày 13/3/2026, tại Thao trường huấn luyện phường, Ban CHQS phường An Biên (thành phố Hải Phòng) long "
            "trọng tổ chức Lễ bế mạc huấn luyện dân quân năm 2026 và Hội thi bắn súng AK cho lực lượng dân quân phường.\n\n"
            "Đến dự có Trung tá Lý Minh Tâm - Phó Chỉ huy trưởng Ban CHQS quận Lê Chân.\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    assert result.record["article"]["headline"]["quote"].startswith("🎯 PHƯỜNG AN BIÊN BẾ MẠC")
    assert event_of(result)["date"] == "2026-03-13"  # the lead's date, not the post's


def test_an_anniversary_s_dates_are_no_event_date_and_a_council_named_short(drafter):
    text = ("Bàn giao Nhà văn hóa làng Kon Bloc\n\nThứ Sáu, 19/12/2025, 06:30 [GMT+7]\n\n"
            "Chào mừng kỷ niệm 81 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2025), sáng 18/12/2025, "
            "Hội đồng NVQS xã Vĩnh Sơn tổ chức hội nghị triển khai công tác tuyển quân năm 2026. Dự có "
            "Thiếu tá Trần Đức Mạnh, Chỉ huy trưởng Ban CHQS xã, Phó Chủ tịch Thường trực Hội đồng NVQS.\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    assert result.record["article"]["published"]["date"] == "2025-12-19"  # "[GMT+7]" ends the date line too
    assert event_of(result)["date"] == "2025-12-18"  # not 1944, nor the anniversary after the page
    assert posts(result, "Trần Đức Mạnh") == {"chi-huy-truong@ban-chqs-vinh-son", "pho-chu-tich@hoi-dong-nvqs-vinh-son"}
    exercise = draft(drafter, "          Trong hai ngày 14 và 16-10-2022, Ban Chỉ đạo diễn tập quận Lê Chân tổ chức diễn tập "
                              "chiến đấu phòng thủ phường An Biên năm 2022.\n")
    assert (event_of(exercise)["date"], event_of(exercise)["end_date"]) == ("2022-10-14", "2022-10-16")


def test_a_trainee_is_no_academy_and_names_of_the_south_that_open_with_thi(drafter):
    result = draft(drafter, "          Ngày 28/12/2022, UBND quận Lê Chân tổ chức Hội nghị tổng kết năm 2022. Dự có bà Thị Rinh - "
                            "Phó Chủ tịch UBND phường An Biên. Học viên H'Bia Mlô, Bí thư Chi bộ thôn 3, chia sẻ cảm nghĩ. Tân "
                            "binh Thị Hồng phát biểu.\n")
    assert {"Thị Rinh", "H'Bia Mlô", "Thị Hồng"} <= names(result)
    assert posts(result, "Thị Rinh") == {"pho-chu-tich@ubnd-an-bien"}
    assert not any(o["vi"].startswith("Trường Học viên") for o in result.record["organisations"])


def test_a_woman_of_the_highlands_named_in_one_word_and_a_hà_nhì_chairman_after_his_title(drafter):
    text = ("Leng Su Sìn: Xây dựng lực lượng dân quân vững mạnh\n\nCập nhật lúc 07:52, Thứ Sáu, 15/12/2023 (GMT+7)\n\n"
            "ĐBP - Ngày 13/12, UBND xã Leng Su Sìn (huyện Mường Nhé) tổ chức hội nghị tổng kết công tác dân quân tự vệ năm "
            "2023. Dự có bà H'Dinh Phó Chủ tịch HĐND xã; bà H'Ly Byă, mẹ của chiến sĩ Y Brơ. Chủ tịch UBND xã Chu Mò Hừ "
            "cho biết, năm 2024 xã đề ra 06 nhiệm vụ. Bà H'Ly phát biểu.\n")
    result = drafter.draft_text(text, article_id="hu-cau", text_ref="hu-cau.txt")
    assert result.record["article"]["published"]["date"] == "2023-12-15"  # "(GMT+7)" right after the date
    assert posts(result, "H'Dinh") == {"pho-chu-tich@hdnd-leng-su-sin"}
    assert posts(result, "Chu Mò Hừ") == {"chu-tich@ubnd-leng-su-sin"}
    assert "H'Ly" not in names(result) and "H'Ly Byă" in names(result)  # "Bà H'Ly" later: the same woman


def test_a_drill_s_name_without_its_scenario_and_its_board_with_the_year(drafter):
    result = draft(drafter, "          Sáng 24/10/2025, UBND phường An Biên tổ chức diễn tập phòng thủ dân sự ứng phó với bão "
                            "mạnh kết hợp triều cường, nước biển dâng. Dự có bà Nguyễn Thị Hồng Nhung, Bí thư Đảng ủy phường, "
                            "Trưởng Ban Chỉ đạo diễn tập.\n", headline="Phường An Biên diễn tập phòng thủ dân sự")
    assert event_of(result)["vi"].startswith("Diễn tập phòng thủ dân sự") and "ứng phó" not in event_of(result)["vi"]
    orgs = {o["id"]: o["vi"] for o in result.record["organisations"]}
    boards = {orgs[h.split("@")[1]] for h in posts(result, "Nguyễn Thị Hồng Nhung") if h.startswith("truong-ban@")}
    assert boards == {"Ban Chỉ đạo diễn tập phòng thủ dân sự phường An Biên năm 2025"}


def test_a_ward_s_military_party_cell_and_its_secretary(drafter):
    result = draft(drafter, "          Chiều ngày 18/12/2025, Chi bộ Quân sự phường An Biên tổ chức Hội nghị tổng kết công tác "
                            "lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng năm 2025. Đ/c Điểu Khoa, Phó Chính trị viên Ban "
                            "CHQS phường, Bí thư Chi bộ Quân sự trình bày báo cáo tổng kết.\n")
    assert event_of(result)["organizer"] == ["chi-bo-quan-su-an-bien"]
    assert posts(result, "Điểu Khoa") == {"pho-chinh-tri-vien@ban-chqs-an-bien", "bi-thu@chi-bo-quan-su-an-bien"}
