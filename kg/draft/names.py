"""What Vietnamese person names look like: surnames, common middle names, and words that never start one.

Names are 2–4 capitalised syllables ("Lê Lương", "Trịnh Văn Cứ", "Hoàng Thị
Thu Trang"); the Jrai of the Central Highlands and the Hmong and Dao of the northern mountains put
their clan name first too ("Ksor H'Bia", "Rơ Châm Bul", "Sùng Mí Lử", "Tẩn Láo Lở"). A common surname
first is a strong cue but not a requirement after an honorific ("đ/c Quốc Vũ"). Sets hold canonical (lower-case, one tone
placement) forms so "Hoà"/"Hòa" or "Thuỵ"/"Thụy" compare equal.
"""

from __future__ import annotations

import functools
import re

from .text import canonical


_SURNAMES = """
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lí Đào Trịnh Đinh Lương Mai Cao
Tạ Hà Lâm Tô Triệu Thái Lưu Quách Đoàn Vương Chu Khúc Kiều La Mạc Nghiêm Tôn Tống Ứng Vi Giang Kim
Âu Bạch Châu Diệp Đàm Đồng Hàn Hứa Lã Lạc Lục Mạch Nông Phí Phùng Quan Tăng Thân Trương Từ Đường
Doãn Cù Hầu Khổng Lò Lại Lô Lộc Mẫn Nhữ Quản Sầm Thạch Tiêu Tòng Trình Ninh Viên Vòng Khương Lỗ
Nhan Ôn Thiều Đậu Cấn Chử Dư Giáp Kha Khuất Lường Mã Ngọ Ngũ Tất Thiệu Trà Văn Đàm Đới Hồng Lã
Lều Mông Phó Quang Sái Tào Thi Trác Trịnh Triệu Yên Lữ Danh
"""
# Clan names of the Central Highlands and the northern mountains (Jrai, Hmong, Dao, Thái, Hà Nhì). Unlike the Kinh
# surnames above, they seldom open a commune's name (no commune is named after a hero who bore one).
_CLANS = """
Ksor Siu Puih Kpă Nay Rơ Rah Rmah Rcom Giàng Thào Sùng Lù Mùa Lầu Sình Chẩu Hờ Tráng
Sồng Hạng Vừ Cứ Tẩn Phàn Bàn Chảo Cầm Quàng Điêu Lự Vàng Hầu Lồ Pờ Lỳ Sừng Phìn Chu
"""
# Frequent middle names: "Phạm Văn Hòa" after "quận" is a person, "Bạch Long Vĩ" is a district.
_MIDDLE = """
Văn Thị Đức Hữu Quang Minh Ngọc Xuân Thanh Trọng Công Đình Bá Duy Thế Tiến Hồng Kim Thu Mạnh Quốc Huy
Việt Tuấn Hải Thành Trung Đăng Khắc Như Phương Gia Vĩnh Chí Anh Bảo Hoài Hoàng Hùng Mỹ Thúy Tấn Thái
Nhật Phúc Sỹ Sĩ Tài Tất Thuỳ Trí Vân Xuân Diệu Hà Lan Bích Cẩm
"""
# Capitalised words that begin titles, organisations, places or sentences, never a name.
_NOT_NAME_START = """
Hội Ban Bộ Sở Phòng Ủy Uỷ Đảng Quận Huyện Tỉnh Xã Phường Trường Lực Quân Nhà Tổng Cục Viện Lễ Ngày Năm
Tháng Tại Theo Với Các Những Ông Bà Thượng Đại Thiếu Chủ Phó Bí Chỉ Chi Giám Chính Tham Hiệu Tư Việt Dự
Tới Đến Sáng Chiều Tối Phát Trao Kết Nhận Báo Thực Dịp Cuộc Kỷ Luật Quyết Nghị Tiếp Củng Duy Nâng Làm
Mặt Thủ Học Hạ Đội Liên Khu Thị Cờ Giấy Bằng Huân Đơn Ảnh Tin Nguồn Bài Hình Thường Trưởng Tuyên Tiểu
Mầm Trợ Thư Trực Sư Tiểu Trung
"""
_TITLES = re.compile(r"\s+")
_AMBIGUOUS = frozenset(canonical(w) for w in "Hồ Văn Phó Quang Hồng Thi".split())


@functools.lru_cache(maxsize=1)
def _sets() -> tuple[frozenset, frozenset, frozenset, frozenset]:
    def words(block: str) -> frozenset:
        return frozenset(canonical(w) for w in _TITLES.split(block.strip()) if w)

    # "Hồ", "Văn", "Phó", "Quang", "Hồng" and "Thi" are surnames but far more often something else at the
    # start of a capitalised run, so they only count after an honorific.
    return words(_SURNAMES + _CLANS) - _AMBIGUOUS, words(_MIDDLE), words(_NOT_NAME_START), words(_CLANS)


def is_surname(word: str) -> bool:
    return canonical(word) in _sets()[0]


def is_clan_name(word: str) -> bool:
    return canonical(word) in _sets()[3]


def is_middle_name(word: str) -> bool:
    return canonical(word) in _sets()[1]


def never_starts_name(word: str) -> bool:
    return canonical(word) in _sets()[2]


def looks_like_person(words: list[str]) -> bool:
    """Surname + common middle name + given name(s): 'Phạm Văn Hòa', 'Nguyễn Thị Mai', and 'Hồ Thị Thanh
    Xuân' (an ambiguous surname counts before the unmistakable 'Thị' or 'Văn')."""
    if len(words) < 3 or not is_middle_name(words[1]):
        return False
    # "Thị" and "Văn" in second place are names whatever the first word: "Lữ Văn Thạnh", "Hồ Thị Thanh Xuân";
    # so is any middle name after an ambiguous surname ("Hồ Ngọc Thắm").
    return is_surname(words[0]) or canonical(words[0]) in _AMBIGUOUS or (
        canonical(words[1]) in ("thị", "văn") and len(words) <= 4 and not never_starts_name(words[0]))
