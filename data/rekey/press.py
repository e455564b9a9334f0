"""Numbers as web pages and documents print them, read explicitly.

Vietnamese pages write ``1.972.767`` (``.`` groups thousands) and ``2,45`` (``,`` is
the decimal mark); English pages write ``551,000`` and ``15.185``. A printed number is
read with the convention of the page it was printed on (its ``number_format``, kept
per page in ``data/documents.csv``), never guessed from the digits: a string that does
not fit the page's convention (``1,14`` on an English page, ``1.14`` on a Vietnamese
one) is an error, not a number.

Words around the number are kept apart: the qualifier ("trên 5" = over 5, "khoảng"
= about, "gần" = nearly, "dưới" = under, "more than", "~"), and a scale word printed
with the number ("37 nghìn" = 37 thousand, "382.7 trillion VND").

All arithmetic is in :class:`decimal.Decimal`, so ``4,67`` million VND becomes
exactly 4670 thousand VND.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from decimal import Decimal

from rekey.common import DATA as OUT
from rekey.common import shared_dir, write_table

FORMATS = ("vi", "en")

#: Qualifier words by number format (the language of the page), longest first; the
#: keys of QUALIFIER_NAMES are the values stored in the tables' ``qualifier`` column.
QUALIFIER_WORDS = {
    "vi": [("khoảng", "about"), ("trên", "over"), ("hơn", "over"), ("gần", "nearly"),
           ("dưới", "under")],
    "en": [("more than", "over"), ("approx.", "about"), ("around", "about"),
           ("about", "about"), ("nearly", "nearly"), ("over", "over"), ("under", "under"),
           ("below", "under")],
}
QUALIFIER_NAMES = {
    "exact": "printed without a qualifier",
    "over": "over / more than (trên, hơn)",
    "about": "about / around (khoảng, ~)",
    "nearly": "nearly (gần)",
    "under": "under / below (dưới)",
}

_VI_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
_EN_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")

#: Scale words that may be printed with the number itself (not in the unit).
SCALE_WORDS = {"nghìn": Decimal(10) ** 3, "thousand": Decimal(10) ** 3,
               "million": Decimal(10) ** 6, "triệu": Decimal(10) ** 6,
               "billion": Decimal(10) ** 9, "tỷ": Decimal(10) ** 9,
               "trillion": Decimal(10) ** 12}


class NumberFormatError(ValueError):
    """A printed value that does not read as a number in its page's convention."""


def parse_number(text: str, number_format: str) -> Decimal:
    """Read one printed number with the page's convention.

    >>> parse_number("1.972.767", "vi"), parse_number("2,45", "vi")
    (Decimal('1972767'), Decimal('2.45'))
    >>> parse_number("551,000", "en"), parse_number("15.185", "en")
    (Decimal('551000'), Decimal('15.185'))
    """
    if number_format not in FORMATS:
        raise ValueError(f"unknown number format {number_format!r}; valid: {', '.join(FORMATS)}")
    text = text.strip()
    if number_format == "vi":
        if not _VI_NUMBER.fullmatch(text):
            raise NumberFormatError(f"{text!r} is not a number in the Vietnamese convention "
                                    "(1.234.567,89)")
        return Decimal(text.replace(".", "").replace(",", "."))
    if not _EN_NUMBER.fullmatch(text):
        raise NumberFormatError(f"{text!r} is not a number in the English convention "
                                "(1,234,567.89)")
    return Decimal(text.replace(",", ""))


@dataclass(frozen=True)
class Printed:
    """A printed value taken apart: the number, its qualifier, and any scale word."""
    number: Decimal
    qualifier: str        # one of QUALIFIER_NAMES
    scale: Decimal        # from a scale word printed with the number (1 when none)
    scale_word: str       # that word, '' when none


def _strip_qualifier(text: str, number_format: str) -> tuple[str, str]:
    qualifier = "exact"
    low = text.lower()
    if low.startswith("~"):
        return text[1:].strip(), "about"
    for word, name in QUALIFIER_WORDS[number_format]:
        if low.startswith(word + " "):
            return text[len(word):].strip(), name
        # a qualifier printed after the number, in brackets: "5,95 (gần)"
        tail = f"({word})"
        if low.endswith(tail):
            return text[: -len(tail)].strip(), name
    return text, qualifier


def qualifier_in_unit(unit: str, number_format: str) -> tuple[str, str]:
    """A qualifier written into the unit text, e.g. ``% per year (khoảng)``.

    Returns the unit without it and the qualifier ('exact' when there is none)."""
    low = unit.lower()
    for word, name in QUALIFIER_WORDS[number_format]:
        tail = f"({word})"
        if low.endswith(tail):
            return unit[: -len(tail)].strip(), name
    return unit, "exact"


def parse_printed(text: str, number_format: str) -> Printed:
    """Take a printed value apart: ``"trên 165,5"`` -> 165.5, over;
    ``"VND361,549 billion"`` (English) -> 361549, scale word 'billion';
    ``"37 nghìn"`` -> 37, scale 1000."""
    rest, qualifier = _strip_qualifier(text.strip(), number_format)
    if rest.upper().startswith("VND"):
        rest = rest[3:].strip()
    match = re.match(r"[\d.,]+", rest)
    if not match:
        raise NumberFormatError(f"{text!r}: no number found")
    number = parse_number(match.group(), number_format)
    after = rest[match.end():].strip()
    scale, scale_word = Decimal(1), ""
    if after:
        first = after.split()[0].lower()
        if first not in SCALE_WORDS:
            raise NumberFormatError(f"{text!r}: unexpected text {after!r} after the number")
        scale, scale_word = SCALE_WORDS[first], first
        if after.split()[1:] not in ([], ["VND"], ["vnd"], ["đồng"]):
            raise NumberFormatError(f"{text!r}: unexpected text {after!r} after the number")
    return Printed(number, qualifier, scale, scale_word)


# --- units -----------------------------------------------------------------------------

#: Printed units (as the transcription gives them) -> (dimension, size in base units).
PRINTED_UNITS = {
    "persons": ("persons", Decimal(1)),
    "thousand persons": ("persons", Decimal(10) ** 3),
    "million persons": ("persons", Decimal(10) ** 6),
    "households": ("households", Decimal(1)),
    "%": ("percent", Decimal(1)),
    "% of households": ("percent", Decimal(1)),
    "% yoy": ("percent", Decimal(1)),
    "% per year": ("percent per year", Decimal(1)),
    "percentage points per year": ("percentage points per year", Decimal(1)),
    "times": ("times", Decimal(1)),
    "index": ("index", Decimal(1)),
    "years": ("years", Decimal(1)),
    "USD": ("USD", Decimal(1)),
    "thousand VND": ("VND", Decimal(10) ** 3),
    "million VND": ("VND", Decimal(10) ** 6),
    "billion VND": ("VND", Decimal(10) ** 9),
    "trillion VND": ("VND", Decimal(10) ** 12),
    "thousand billion VND": ("VND", Decimal(10) ** 12),
    "million billion VND": ("VND", Decimal(10) ** 15),
}

#: The units the tidy tables store values in -> (dimension, size in base units).
CANONICAL_UNITS = {
    "persons": ("persons", Decimal(1)),
    "households": ("households", Decimal(1)),
    "percent": ("percent", Decimal(1)),
    "percent per year": ("percent per year", Decimal(1)),
    "percentage points per year": ("percentage points per year", Decimal(1)),
    "times": ("times", Decimal(1)),
    "coefficient (0-1)": ("index", Decimal(1)),
    "index (0-1)": ("index", Decimal(1)),
    "index (previous year = 100)": ("percent", Decimal(1)),
    "years": ("years", Decimal(1)),
    "USD per person per year": ("USD", Decimal(1)),
    "billion VND": ("VND", Decimal(10) ** 9),
    "thousand VND per person per month": ("VND", Decimal(10) ** 3),
    "million VND per person per year": ("VND", Decimal(10) ** 6),
}


def convert(number: Decimal, printed_unit: str, unit: str, scale: Decimal = Decimal(1),
            scale_word: str = "") -> Decimal:
    """Convert a printed number to a table's unit, exactly.

    ``scale`` is a scale word printed with the number; it applies only when the
    printed unit does not already carry that word ("VND361,549 billion" with the
    unit "billion VND" is 361,549 billion, not 361,549 billion billion).
    """
    if printed_unit not in PRINTED_UNITS:
        raise ValueError(f"unknown printed unit {printed_unit!r}")
    if unit not in CANONICAL_UNITS:
        raise ValueError(f"unknown table unit {unit!r}")
    dim_from, size_from = PRINTED_UNITS[printed_unit]
    dim_to, size_to = CANONICAL_UNITS[unit]
    if dim_from != dim_to:
        raise ValueError(f"cannot convert {printed_unit!r} to {unit!r}")
    if scale_word and scale_word in printed_unit.lower().split():
        scale = Decimal(1)
    return number * scale * size_from / size_to


def plain(value: Decimal) -> str:
    """A Decimal as a plain CSV number: no exponent, no trailing zeros."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


# =======================================================================================
# Re-keying press-figures/figures.csv into the project's tidy tables
# =======================================================================================
#
# Run from the repository root: ``python -m rekey.press``. It reads
# ``../shared/data-candidates/press-figures/figures.csv`` (values exactly as printed on
# 69 web pages) and writes, in data/:
#
#   press_insurance.csv          social, health, unemployment insurance (VSS figures)
#   press_living_standards.csv   VHLSS income per head, quintiles, R5/R1, Gini, HDI
#   press_poverty.csv            three poverty measures kept apart (see POVERTY below)
#   press_social_assistance.csv  meritorious people, social-assistance counts, gift budgets
#   press_economy.csv            GRDP totals, growth, per head, shares (with vintage)
#   press_labour.csv             labour force and urban share of employment
#   press_crosschecks.csv        rows from WEAK SOURCE pages (and one page whose address
#                                could not be recorded): cross-checks only, never a series
#   excluded_figures.csv         rows left out, each with the reason
#
# and updates its own rows (ids of PAGES) in sources.csv and documents.csv.

CANDIDATE = shared_dir() / "data-candidates" / "press-figures" / "figures.csv"
CARRIER = ("Web page; figures transcribed exactly as printed from the opening of a stored "
           "copy of the page (only the first ~2,000 characters were read)")

# --- the pages ---------------------------------------------------------------------------
# One entry per page: a fragment that identifies its address, the id used in
# sources.csv, and what the page says about itself. ``published`` is the date the
# page prints (ISO, as precise as printed) or '' when it prints none; ``edition`` is
# the year of publication (or the yearbook's edition), None when not stated.
# ``fmt`` is the number convention of the page's figures (see parse_number);
# ``quality``: official (statistics office, VSS, provincial portal), press (mainstream
# press quoting an official source), secondary (a study quoting an official source),
# weak (aggregator or blog: cross-checks only), unlocated (no address recorded).

PAGES = [
    dict(match="toan-quoc-con-gan-2-trieu-ho-ngheo-da-chieu", id="bbrvt-2023-poor-household-review",
         outlet="Báo Bà Rịa-Vũng Tàu", title="Toàn quốc còn gần 2 triệu hộ nghèo đa chiều",
         published="2023-02", edition=2023, fmt="vi", quality="press", kind="press",
         attributed="Ministry of Labour, Invalids and Social Affairs (MOLISA): 2022 review of poor and near-poor households"),
    dict(match="niengiam2021.thongkevinhphuc", id="vinhphuc-yearbook-2021-t42",
         outlet="Cục Thống kê Vĩnh Phúc (Vinh Phuc Statistics Office)",
         title="Niên giám thống kê tỉnh Vĩnh Phúc 2021, Biểu 42: Tổng sản phẩm trên địa bàn theo giá hiện hành phân theo loại hình kinh tế và phân theo ngành kinh tế",
         published="", edition=2021, fmt="vi", quality="official", kind="statistical-yearbook",
         attributed="", note="Yearbook 2021 edition (series after the GRDP revision); 2021 preliminary."),
    dict(match="niengiamthongke2017.thongkevinhphuc", id="vinhphuc-yearbook-2017-t35",
         outlet="Cục Thống kê Vĩnh Phúc (Vinh Phuc Statistics Office)",
         title="Niên giám thống kê tỉnh Vĩnh Phúc 2017, Biểu 35: Tổng sản phẩm trên địa bàn theo giá hiện hành phân theo loại hình kinh tế và ngành kinh tế",
         published="", edition=2017, fmt="vi", quality="official", kind="statistical-yearbook",
         attributed="", note="Yearbook 2017 edition: GRDP series BEFORE the revision (2015 = 73,048 bn VND here, 78,644 bn in the 2021 edition); 2017 preliminary."),
    dict(match="niengiam.thongkehungyen", id="hungyen-yearbook-2022-t39",
         outlet="Cục Thống kê Hưng Yên (Hung Yen Statistics Office)",
         title="Niên giám thống kê tỉnh Hưng Yên 2022, Biểu 39: Tổng sản phẩm trên địa bàn theo giá so sánh 2010 phân theo khu vực kinh tế (p. 97)",
         published="", edition=2022, fmt="vi", quality="official", kind="statistical-yearbook",
         attributed="", note="Yearbook 2022 edition (series after the GRDP revision); the stored copy stops after the 2013 row."),
    dict(match="gocnhinbatdongsan.vn", id="gocnhinbds-2022-grdp-growth-top10",
         outlet="gocnhinbatdongsan.vn",
         title="Tỉnh, thành có tăng trưởng GRDP liên tiếp lọt top 10 cao nhất cả nước trong 5 năm qua",
         published="2022-09-24", edition=2022, fmt="vi", quality="press", kind="press",
         attributed="General Statistics Office (Tổng cục Thống kê)"),
    dict(match="tang-truong-grdp-trung-binh-cao-nhat", id="tthh-2022-grdp-growth-2015-2021",
         outlet="thitruonghanghoa.com",
         title="Top 10 địa phương có tăng trưởng GRDP trung bình cao nhất cả nước giai đoạn từ 2015 đến nay",
         published="2022-09-16", edition=2022, fmt="vi", quality="press", kind="press",
         attributed="General Statistics Office (Tổng cục Thống kê)"),
    dict(match="top-5-tinh-thanh-quy-mo-kinh-te-lon-nhat", id="cafef-2023-top5-economies",
         outlet="CafeF", title="Top 5 tỉnh thành quy mô kinh tế lớn nhất cả nước năm 2022",
         published="2023-01-04", edition=2023, fmt="vi", quality="press", kind="press",
         attributed="Statistics offices of Ho Chi Minh City and Ha Noi; People's Committee of Binh Duong (December 2022 estimates)"),
    dict(match="chi-tiet?id=5714", id="danang-yearbook-social-indicators",
         outlet="Cổng thông tin điện tử thành phố Đà Nẵng (Da Nang city portal)",
         title="Niên giám thống kê: Một số chỉ tiêu xã hội chủ yếu",
         published="2023-12-06", edition=2023, fmt="vi", quality="official", kind="statistical-yearbook",
         attributed="Da Nang Statistics Office, statistical yearbook 2022",
         note="2022 preliminary; the poor-household rate for 2022 uses the 2022-2025 multidimensional standard.",
         preliminary_years=(2022,)),
    dict(match="chi-tiet?id=5713", id="danang-yearbook-income",
         outlet="Cổng thông tin điện tử thành phố Đà Nẵng (Da Nang city portal)",
         title="Niên giám thống kê: Thu nhập bình quân một người một tháng theo giá hiện hành phân theo thành thị, nông thôn, nguồn thu và phân theo nhóm thu nhập",
         published="2023-12-06", edition=2023, fmt="vi", quality="official", kind="statistical-yearbook",
         attributed="Da Nang Statistics Office, statistical yearbook 2022",
         note="The stored copy stops inside the quintile block (quintile 1 for 2018-2020 only)."),
    dict(match="national-per-capita-income-witnesses-2-percent-fall", id="vietnamplus-2021-income-2020",
         outlet="VietnamPlus (Vietnam News Agency)",
         title="National per capita income witnesses 2 percent fall in 2020",
         published="2021-05-28", edition=2021, fmt="en", quality="press", kind="press",
         attributed="GSO, Household Living Standards Survey 2020, preliminary results",
         status="preliminary"),
    dict(match="lo-dien-top-10-tinh-thanh-co-thu-nhap", id="tthh-2021-income-2020",
         outlet="thitruonghanghoa.com",
         title="Lộ diện top 10 tỉnh thành có thu nhập bình quân đầu người cao nhất năm 2020",
         published="2021-05-22", edition=2021, fmt="vi", quality="press", kind="press",
         attributed="GSO, Household Living Standards Survey 2020, preliminary results",
         status="preliminary"),
    dict(match="soha.vn/khong-can-ra-khoi-tim-kho-bau", id="soha-2024-vhlss-2022",
         outlet="Soha", title="Thu nhập hơn 10 triệu đồng đã thuộc nhóm 20% dân số giàu nhất nước",
         published="2024-04", edition=2024, fmt="vi", quality="press", kind="press",
         attributed="GSO, press release on the results of the Household Living Standards Survey 2022",
         note="Repost of the GSO press release; the same figures appear in two other reposts."),
    dict(match="nhom-dan-so-giau-nhat-o-binh-duong", id="tthh-2022-richest-quintile-2021",
         outlet="thitruonghanghoa.com",
         title="Nhóm dân số giàu nhất ở Bình Dương, TP. HCM, Hà Nội... có thu nhập bình quân bao nhiêu?",
         published="2022-07-29", edition=2022, fmt="vi", quality="press", kind="press",
         attributed="GSO, Household Living Standards Survey 2021"),
    dict(match="cach-biet-giua-tang-lop-kha-gia", id="cafef-2021-income-gap",
         outlet="CafeF", title="Cách biệt giữa tầng lớp khá giả và nghèo ở Việt Nam là bao xa?",
         published="2021-06", edition=2021, fmt="vi", quality="press", kind="press",
         attributed="GSO, Household Living Standards Surveys 2016, 2018 and 2019",
         note="Values printed rounded."),
    dict(match="namdinh.gso.gov.vn", id="namdinh-sto-2016-2020-t33",
         outlet="Cục Thống kê Nam Định (Nam Dinh Statistics Office)",
         title="Nam Định – thực trạng kinh tế xã hội giai đoạn 2016-2020, Biểu 33: Cơ cấu lao động từ 15 tuổi trở lên đang làm việc các tỉnh Đồng bằng sông Hồng giai đoạn 2016-2020 (p. 198)",
         published="", edition=None, fmt="vi", quality="official", kind="statistical-publication",
         attributed="", note="Year of publication not printed on the page; the stored copy shows the 2016-2018 columns only."),
    dict(match="niengiam2018.thongkevinhphuc", id="vinhphuc-yearbook-2018-t25",
         outlet="Cục Thống kê Vĩnh Phúc (Vinh Phuc Statistics Office)",
         title="Niên giám thống kê tỉnh Vĩnh Phúc 2018, Biểu 25: Lực lượng lao động từ 15 tuổi trở lên phân theo giới tính và phân theo thành thị, nông thôn",
         published="", edition=2018, fmt="vi", quality="official", kind="statistical-yearbook",
         attributed="", note="2018 preliminary; population basis before the 2019 census."),
    dict(match="kinhtemoitruong.vn/hai-duong-quy-mo-kinh-te", id="ktmt-2021-haiduong-economy",
         outlet="Kinh tế Môi trường", title="Hải Dương: Quy mô kinh tế đứng thứ 11 cả nước",
         published="2021-12-30", edition=2021, fmt="vi", quality="press", kind="press",
         attributed="Hai Duong Statistics Office, press conference of 29 December 2021 (2021 estimates)"),
    dict(match="homehere.vn", id="homehere-top20-grdp-2021",
         outlet="homehere.vn", title="TOP 20 tỉnh, TP có quy mô kinh tế lớn nhất Việt Nam 2021",
         published="", edition=None, fmt="vi", quality="weak", kind="aggregator",
         attributed="Compiled by 'Vietnam Projects Construction' from provincial statistics offices' December 2021 estimates",
         note="WEAK SOURCE (aggregator): cross-checks only."),
    dict(match="ha-noi-ty-le-bao-phu-bao-hiem-y-te-tren-dia-ban-thanh-pho-dat-90-2",
         id="dnhn-2021-hanoi-hi-coverage", outlet="Doanh nghiệp Hội nhập",
         title="Hà Nội: tỷ lệ bao phủ bảo hiểm y tế trên địa bàn thành phố đạt 90,2%",
         published="2021-11-22", edition=2021, fmt="vi", quality="press", kind="press",
         attributed="Viet Nam Social Security, Ha Noi branch (BHXH TP Hà Nội)",
         note="Figures at 30 October 2021, not the year's end."),
    dict(match="hung-yen-ty-le-tham-gia-bhxh-bhyt-dat-tren-99-ke-hoach",
         id="baohungyen-2017-insurance-plan", outlet="Báo Hưng Yên",
         title="Hưng Yên: Tỷ lệ tham gia BHXH, BHYT đạt trên 99% kế hoạch",
         published="2017-10", edition=2017, fmt="vi", quality="press", kind="press",
         attributed="Viet Nam Social Security, Hung Yen branch (BHXH tỉnh Hưng Yên)",
         date_note="The page is of October 2017 and gives its figures 'to date' (đến thời điểm này), with no exact day.",
         note="Figures to October 2017, not the year's end."),
    dict(match="issa.int/gp/212207", id="issa-vss-coverage-extension",
         outlet="International Social Security Association (ISSA), Good Practices",
         title="The extension of social and health insurance coverage in Viet Nam",
         published="", edition=None, fmt="en", quality="official", kind="social-security-agency",
         attributed="Viet Nam Social Security (submission to ISSA)",
         note="Date of the page not printed; April 2021 figures are a mid-year point."),
    dict(match="551000-people-join-social-insurance", id="sggp-2019-voluntary-si",
         outlet="SGGP News (Sài Gòn Giải Phóng)", title="551,000 people join social insurance voluntarily",
         published="2019-12-28", edition=2019, fmt="en", quality="press", kind="press",
         attributed="Viet Nam Social Security, 2019 results"),
    dict(match="ItemID=8662", id="vss-2018-achievements-october",
         outlet="Viet Nam Social Security (English portal)", title="VSS's achievements by 31 October 2018",
         published="2018-11-13", edition=2018, fmt="en", quality="official", kind="social-security-agency",
         attributed=""),
    dict(match="health-insurance-covers-911", id="vtv-2023-hi-coverage",
         outlet="VTV News", title="Health insurance covers 91.1% of Vietnamese population",
         published="2023-01-04", edition=2023, fmt="en", quality="press", kind="press",
         attributed="Viet Nam Social Security, conference of 7 December 2022 (estimates for 2022)"),
    dict(match="over-17-million-join-social-insurance", id="vietnamplus-2022-si-17-million",
         outlet="VietnamPlus (Vietnam News Agency)", title="Over 17 million join social insurance",
         published="2022-10-06", edition=2022, fmt="en", quality="press", kind="press",
         attributed="Viet Nam Social Security (as of September 2022)"),
    dict(match="vccinews.com", id="vccinews-2022-vss-27-years",
         outlet="VCCI News", title="27 Years Dedicated to Social Security Development",
         published="2022-02-21", edition=2022, fmt="en", quality="press", kind="press",
         attributed="Viet Nam Social Security"),
    dict(match="health-insurance-coverage-reaches-over-93", id="vietnamplus-2024-hi-93",
         outlet="VietnamPlus (Vietnam News Agency)", title="Health insurance coverage reaches over 93% of population",
         published="2024-01-19", edition=2024, fmt="en", quality="press", kind="press",
         attributed="Viet Nam Social Security, 2023 results"),
    dict(match="social-security-policies-effectively-implemented", id="vietnamplus-2021-vss-2020-results",
         outlet="VietnamPlus (Vietnam News Agency)",
         title="Social security policies effectively implemented despite difficulties: conference",
         published="2021-01-14", edition=2021, fmt="en", quality="press", kind="press",
         attributed="Viet Nam Social Security, 2020 results"),
    dict(match="ItemID=9624", id="vss-2021-ten-imprints-2020",
         outlet="Viet Nam Social Security (English portal)",
         title="Ten outstanding imprints of Vietnam's social insurance industry in 2020",
         published="2021-01-30", edition=2021, fmt="en", quality="official", kind="social-security-agency",
         attributed="", note="Coverage is of the labour force in working age ('workforce in the age group')."),
    dict(match="health-insurance-coverage-reaches-90-percent", id="vietnamplus-2019-hi-90",
         outlet="VietnamPlus (Vietnam News Agency)", title="Health insurance coverage reaches 90 percent of population",
         published="2019-12-30", edition=2019, fmt="en", quality="press", kind="press",
         attributed="Viet Nam Social Security, 2019 results"),
    dict(match="ItemID=8584", id="vss-2018-february-update",
         outlet="Viet Nam Social Security (English portal)",
         title="February 2018 – Updates on social insurance, unemployment insurance and health insurance",
         published="2018-03-27", edition=2018, fmt="en", quality="official", kind="social-security-agency",
         attributed="", note="Figures as of 28 February 2018."),
    dict(match="no-luc-phat-trien-nguoi-tham-gia-bao-hiem", id="bbrvt-2022-insurance-participants",
         outlet="Báo Bà Rịa-Vũng Tàu", title="Nỗ lực phát triển người tham gia bảo hiểm",
         published="2022-04", edition=2022, fmt="vi", quality="press", kind="press",
         attributed="Social Security Office of Ba Ria-Vung Tau province (results to 31 December 2021)"),
    dict(match="thanhnien.vn/thoi-su/thay-doi-thoi-quen", id="thanhnien-2020-insurance",
         outlet="Thanh Niên",
         title="Thay đổi thói quen của người dân từ tiết kiệm, tích trữ sang mua bảo hiểm",
         published="2020-12", edition=2020, fmt="vi", quality="press", kind="press",
         attributed="Viet Nam Social Security, 2020 results (estimate in December 2020)"),
    dict(match="ItemID=9000", id="vss-2019-bac-ninh-inspection",
         outlet="Viet Nam Social Security (English portal)",
         title="Inspecting dissemination on social security and health insurance in Bac Ninh",
         published="2019-10-25", edition=2019, fmt="en", quality="official", kind="social-security-agency",
         attributed="Social Security Office of Bac Ninh province (as of end-September 2019)"),
    dict(match="(address not returned by the search index) Hanoi Times", id="hanoitimes-2019-hi-6-7-million",
         outlet="Hanoi Times", title="Over 6.7 million people in Hanoi covered with health insurance",
         published="2019-08-11", edition=2019, fmt="en", quality="unlocated", kind="press",
         attributed="Tien Phong (as of end-July 2019)", url="",
         note="The address of the article could not be recorded: cross-checks only until it is located."),
    dict(match="baohungyen.vn/xa-hoi/201806", id="baohungyen-2018-meritorious",
         outlet="Báo Hưng Yên", title="Hưng Yên: Hơn 17 nghìn người có công được trợ cấp ưu đãi hàng tháng",
         published="2018-06", edition=2018, fmt="vi", quality="press", kind="press",
         attributed="Hung Yen Department of Labour, Invalids and Social Affairs"),
    dict(match="thoibaotaichinhvietnam.vn/hung-yen", id="tbtc-2020-hungyen-nq42",
         outlet="Thời báo Tài chính Việt Nam",
         title="Hưng Yên: Hơn 100 nghìn người dân được hỗ trợ theo Nghị quyết 42",
         published="2020", edition=2020, fmt="vi", quality="press", kind="press",
         attributed="Hung Yen province, support under Government Resolution 42/NQ-CP (2020)"),
    dict(match="baohaiduong.vn/dang-nha-nuoc", id="baohaiduong-2024-meritorious",
         outlet="Báo Hải Dương (from Vietnam News Agency)",
         title="Đảng, Nhà nước và nhân dân luôn quan tâm, chăm lo công tác đền ơn đáp nghĩa",
         published="2024", edition=2024, fmt="vi", quality="press", kind="press",
         attributed="Ministry of Labour, Invalids and Social Affairs",
         date_note="Year from the page's '77 năm' (the 77th anniversary of 27 July 1947); no date printed."),
    dict(match="phapluatxahoi.kinhtedothi.vn", id="ktdt-hanoi-tet-2023",
         outlet="Pháp luật & Xã hội (Kinh tế & Đô thị)",
         title="Hà Nội chăm lo Tết cho các đối tượng chính sách",
         published="", edition=None, fmt="vi", quality="press", kind="press",
         attributed="Ha Noi Department of Labour, Invalids and Social Affairs",
         note="A tag page; no date printed. The gifts are for Tet Quý Mão (January 2023)."),
    dict(match="tab.baohaiduong.vn", id="baohaiduong-poor-households-2022",
         outlet="Báo Hải Dương", title="Phát sinh thêm hơn 1.400 hộ nghèo",
         published="", edition=None, fmt="vi", quality="press", kind="press",
         attributed="Hai Duong province, 2022 review under Circular 02/2022/TT-BLĐTBXH",
         note="Section listing page; no date printed."),
    dict(match="thattruyen.com", id="thattruyen-top10-gdp-2022",
         outlet="thattruyen.com", title="Top 10 tinh gop gdp năm 2022",
         published="", edition=None, fmt="vi", quality="weak", kind="aggregator",
         attributed="Reproduces Bac Ninh news on the 2020 VHLSS and Bac Ninh's 2020 GRDP estimate",
         status="preliminary",
         note="WEAK SOURCE (aggregator): cross-checks only."),
    dict(match="baomoi.net.vn/nhung-tinh-thanh", id="baomoi-vhlss-2020-poverty",
         outlet="Báo Mới (baomoi.net.vn)",
         title="Những tỉnh, thành có tỷ lệ hộ nghèo thấp nhất, có địa phương tỷ lệ đạt 0%",
         published="", edition=None, fmt="vi", quality="press", kind="press",
         attributed="GSO, Kết quả Khảo sát mức sống dân cư Việt Nam năm 2020 (Household Living Standards Survey 2020)",
         note="No date printed. Six provinces are printed only as 'dưới 1%' (under 1%). Poor-household rates use the 2016-2020 multidimensional standard.",
         standard="2016-2020"),
    dict(match="truyenhinhnghean.vn", id="tvnghean-2023-poverty-2016-2022",
         outlet="Truyền hình Nghệ An",
         title="[Infographics] Thành tựu giảm nghèo Việt Nam giai đoạn 2016-2022",
         published="2023-10-17", edition=2023, fmt="vi", quality="press", kind="press",
         attributed="GSO, Household Living Standards Survey results"),
    dict(match="opendevelopmentmekong.net", id="odm-2021-mpi",
         outlet="Open Development Mekong (from Viet Nam News)",
         title="Vietnam's multidimensional poverty rate dropping",
         published="2021", edition=2021, fmt="en", quality="press", kind="press",
         attributed="GSO and UNDP, multidimensional poverty report (calculated from the VHLSS)"),
    dict(match="doanhnhanhiendai.vn", id="dnhd-2019-vhlss-2018",
         outlet="Doanh nhân Hiện đại",
         title="Bạn có biết bất bình đẳng thu nhập ở nông thôn Việt Nam đang nghiêm trọng hơn thành thị",
         published="2019-07-14", edition=2019, fmt="vi", quality="press", kind="press",
         attributed="GSO, Household Living Standards Survey 2018 results",
         note="The stored copy stops before the Gini value."),
    dict(match="vietnambiz.vn/5-tinh-chenh-lech", id="vietnambiz-2022-r5r1-2020",
         outlet="VietnamBiz",
         title="5 tỉnh chênh lệch giàu nghèo lớn nhất, người giàu thu nhập gấp hơn 10 lần người nghèo",
         published="2022-05", edition=2022, fmt="vi", quality="press", kind="press",
         attributed="GSO, Household Living Standards Survey 2020"),
    dict(match="top-10-dia-phuong-co-khoang-cach-giau-ngheo", id="cafef-2022-top10-gap",
         outlet="CafeF", title="Top 10 địa phương có khoảng cách giàu nghèo lớn nhất và nhỏ nhất",
         published="2022-06-30", edition=2022, fmt="vi", quality="press", kind="press",
         attributed="GSO, Household Living Standards Survey 2021",
         note="The ranking itself is an image not in the stored copy."),
    dict(match="dxmdvietnam.vn", id="dxmd-top10-income-2022",
         outlet="dxmdvietnam.vn", title="10 địa phương có thu nhập bình quân cao nhất năm 2022 – Bình Dương dẫn đầu",
         published="", edition=None, fmt="vi", quality="press", kind="press",
         attributed="GSO, Household Living Standards Survey 2022, preliminary results",
         status="preliminary",
         note="No date printed. Seven provinces are printed only as 'trên 5 triệu' (over 5 million)."),
    dict(match="thu-nhap-binh-quan-dau-nguoi-cua-ha-noi-gap-ba-lan", id="vietnambiz-2024-hanoi-income",
         outlet="VietnamBiz",
         title="Thu nhập bình quân đầu người của Hà Nội gấp ba lần sau 10 năm, vượt TP HCM",
         published="2024-04-20", edition=2024, fmt="vi", quality="press", kind="press",
         attributed="GSO", note="Values printed rounded."),
    dict(match="mytour.vn", id="mytour-top10-income",
         outlet="mytour.vn (travel blog)",
         title="Top 10 tỉnh, thành phố có thu nhập bình quân đầu người cao nhất Việt Nam",
         published="", edition=None, fmt="vi", quality="weak", kind="aggregator",
         attributed="Paraphrases GSO VHLSS results", note="WEAK SOURCE (blog): cross-checks only."),
    dict(match="people-joining-social-insurance-up-114-percent", id="vietnamplus-2022-si-two-months",
         outlet="VietnamPlus (Vietnam News Agency)",
         title="People joining social insurance up 1.14 percent in two months",
         published="2022-03-10", edition=2022, fmt="en", quality="press", kind="press",
         attributed="Viet Nam Social Security (as of end-February 2022)"),
    dict(match="health-insurance-to-cover-9105-million-people", id="sggp-2022-hi-91-million",
         outlet="SGGP News (Sài Gòn Giải Phóng)", title="Health insurance to cover 91.05 million people",
         published="2022-10-27", edition=2022, fmt="en", quality="press", kind="press",
         attributed="Viet Nam Social Security, conference of 26 October 2022 (as of end-September 2022)"),
    dict(match="en.hungyen.gov.vn", id="hungyen-portal-2016-national-accounts",
         outlet="Hung Yen provincial portal (English)",
         title="National accounts and state budget in the province (Hung Yen Statistical Yearbook 2015, tables 26-27)",
         published="2016-07-30", edition=2016, fmt="vi", quality="official", kind="government-portal",
         attributed="Hung Yen Statistical Yearbook 2015",
         note="An English page that prints numbers in the Vietnamese convention (25.675.279; 109,39). GRDP series BEFORE the revision, labelled 'Gross domestic product'; 2015 preliminary.",
         language="en"),
    dict(match="nvsk.vnanet.vn", id="vnanet-2023-quang-ninh-60-years",
         outlet="Vietnam News Agency (nvsk.vnanet.vn)",
         title="[Infographics] 60 năm thành lập tỉnh Quảng Ninh: Quảng Ninh – điểm sáng trong phát triển kinh tế của cả nước",
         published="2023-10-25", edition=2023, fmt="vi", quality="press", kind="press", attributed=""),
    dict(match="123docz.net/trich-doan/3415865", id="123docz-haiduong-thesis-extract",
         outlet="123docz.net (extract of a thesis)", title="Tình hình kinh tế - xã hội (title as given by the page address)",
         published="", edition=None, fmt="vi", quality="secondary", kind="study-extract",
         attributed="Cục Thống kê Hải Dương, Số liệu kinh tế - xã hội chủ yếu 2010-2015 (2015)",
         note="A thesis quoting the Hai Duong Statistics Office; GRDP series BEFORE the revision; no date printed."),
    dict(match="cand.com.vn", id="cand-social-assistance-2-64-million",
         outlet="Công an Nhân dân", title="Cả nước có 2,64 triệu người được nhận trợ cấp xã hội hằng tháng",
         published="", edition=None, fmt="vi", quality="press", kind="press",
         attributed="Department of Social Protection (Cục Bảo trợ xã hội), MOLISA",
         note="No year printed on the page: its figures are left out (see excluded_figures)."),
    dict(match="m.baomoi.com/nam-2009", id="baomoi-2009-social-protection",
         outlet="VnMedia (via Báo Mới)",
         title="Năm 2009 hơn 1 triệu người thuộc diện bảo trợ xã hội sẽ được hưởng trợ cấp",
         published="", edition=None, fmt="vi", quality="press", kind="press",
         attributed="MOLISA review of 63 provinces under Decree 67/2007",
         note="No date printed; the figure is for 2009 (the headline's year)."),
    dict(match="thanhphohaiphong.gov.vn/hai-phong-tri-an", id="haiphong-portal-2024-meritorious",
         outlet="Cổng thông tin điện tử thành phố Hải Phòng (Hai Phong city portal)",
         title="Hải Phòng tri ân gần 220.000 người có công, mỗi người 5,4 triệu đồng",
         published="2024-07", edition=2024, fmt="vi", quality="official", kind="government-portal",
         attributed="Hai Phong Department of Labour, Invalids and Social Affairs",
         note="'Công nhận' counts are cumulative (everyone ever recognised), not current beneficiaries."),
    dict(match="asvho.vn", id="asvho-2019-bacninh-tet",
         outlet="asvho.vn", title="Bắc Ninh: 42,9 tỷ đồng tặng quà Tết cho các đối tượng",
         published="2019-01-25", edition=2019, fmt="vi", quality="press", kind="press",
         attributed="Bac Ninh province"),
    dict(match="phobienthongtinthongke.vn", id="pbttk-hanoi-2022",
         outlet="Phổ biến thông tin thống kê (GSO statistical dissemination portal)",
         title="Bức tranh kinh tế – xã hội Thủ đô năm 2022 – Những điểm sáng",
         published="", edition=None, fmt="vi", quality="official", kind="statistics-office-release",
         attributed="Ha Noi Statistics Office (December 2022 estimates)", note="No date printed."),
    dict(match="kinhtexahoi.vn", id="ktxh-hanoi-2022",
         outlet="kinhtexahoi.vn", title="Kinh tế Hà Nội năm 2022 phục hồi ở hầu hết lĩnh vực",
         published="", edition=None, fmt="vi", quality="press", kind="press",
         attributed="Ha Noi Statistics Office, press conference of 28 December 2022",
         note="No date printed. Growth of 2020 and 2021 as reported at the time (before later revisions)."),
    dict(match="consosukien.vn", id="consosukien-2022-haiphong",
         outlet="Con số và Sự kiện (GSO e-magazine)",
         title="Kinh tế thành phố Hải Phòng năm 2022 tiếp tục ổn định và phát triển",
         published="2022-12-31", edition=2022, fmt="vi", quality="official", kind="statistics-office-release",
         attributed="Hai Phong Statistics Office (December 2022 estimates)"),
    dict(match="x88.vn", id="x88-haiphong-growth-2021",
         outlet="x88.vn (forum)",
         title="Địa phương tăng trưởng GRDP cao nhất năm 2021 gọi tên Hải Phòng với mức tăng 12,38%",
         published="", edition=None, fmt="vi", quality="weak", kind="aggregator",
         attributed="'Số liệu lấy từ cục thống kê, Báo cáo KTXH HP'", note="WEAK SOURCE (forum): cross-checks only."),
    dict(match="soha.vn/bac-ninh-dung-thu-2", id="soha-2022-bacninh-exports",
         outlet="Soha", title="Bắc Ninh đứng thứ 2 cả nước về kim ngạch xuất khẩu trong năm 2022",
         published="2022-12-31", edition=2022, fmt="vi", quality="press", kind="press",
         attributed="Bac Ninh Statistics Office, press conference of 30 December 2022",
         note="Growth of 2020 printed as 3,32% here, 1,36% in the December 2020 estimate (revised series)."),
    dict(match="bacninh.gov.vn", id="bacninh-portal-2022-economy",
         outlet="Cổng thông tin điện tử tỉnh Bắc Ninh (Bac Ninh provincial portal)",
         title="Tình hình kinh tế - xã hội tỉnh Bắc Ninh năm 2022",
         published="", edition=None, fmt="vi", quality="official", kind="government-portal",
         attributed="Bac Ninh provincial government (estimates)", note="No date printed."),
    dict(match="mekongasean.vn", id="mekongasean-haiduong-2022",
         outlet="Mekong ASEAN", title="Hải Dương đứng thứ 17 cả nước về thu hút đầu tư nước ngoài năm 2022",
         published="", edition=None, fmt="vi", quality="press", kind="press",
         attributed="Hai Duong Statistics Office press conference (December 2022 estimates)", note="No date printed."),
    dict(match="tinhuyhaiduong.vn", id="tinhuy-haiduong-2022-h1",
         outlet="Tỉnh ủy Hải Dương (provincial Party Committee portal)",
         title="Hải Dương: Tăng trưởng kinh tế 6 tháng đầu năm 2022 đứng thứ 6 cả nước",
         published="2022-06-30", edition=2022, fmt="vi", quality="official", kind="government-portal",
         attributed="Hai Duong Statistics Office"),
    dict(match="dantri.com.vn", id="dantri-2022-vinhphuc-budget",
         outlet="Dân trí", title="Vĩnh Phúc thu ngân sách cao nhất từ trước đến nay",
         published="2022-12-06", edition=2022, fmt="vi", quality="press", kind="press",
         attributed="People's Committee of Vinh Phuc (early-December 2022 estimates)",
         note="The GRDP total printed here fails a per-head check and is left out (see excluded_figures)."),
    dict(match="nghean24h.vn", id="nghean24h-2023-vinhphuc",
         outlet="nghean24h.vn", title="Chủ tịch UBND tỉnh Vĩnh Phúc có tín nhiệm thấp… (title shortened in the stored copy)",
         published="2023-12", edition=2023, fmt="vi", quality="press", kind="press",
         attributed="Vinh Phuc Statistics Office (2021)"),
    dict(match="nhandan.vn", id="nhandan-2022-hungyen-growth",
         outlet="Nhân Dân", title="Tốc độ tăng trưởng kinh tế của Hưng Yên đạt 13,4%",
         published="2022-12", edition=2022, fmt="vi", quality="press", kind="press",
         attributed="Hung Yen provincial People's Council resolution of 9 December 2022 (plan-report estimates)"),
    dict(match="danviet.vn", id="danviet-2020-quang-ninh",
         outlet="Dân Việt", title="Đơn tố, đơn đại bàng tùy lãnh đạo địa phương… (title shortened in the stored copy)",
         published="2020-09", edition=2020, fmt="vi", quality="press", kind="press",
         attributed="Quang Ninh province", note="The 2011 figure is labelled GDP (terminology before GRDP)."),
]


# --- what each transcribed label means -----------------------------------------------------
# The transcription's English labels, mapped to (table, indicator, table unit, extras).
# A label may end with a point in the year (", April", ", end Sept", ...), with
# ", estimate" or ", 2022 target"; those are read by split_label(). GRDP labels carry
# their status and vintage in brackets, read by economy_label().

INS, LIV, POV, SOC, ECO, LAB = ("press_insurance", "press_living_standards", "press_poverty",
                                "press_social_assistance", "press_economy", "press_labour")

P, PCT, HH = "persons", "percent", "households"
INCOME = "thousand VND per person per month"

LABELS = {
    # insurance (Viet Nam Social Security figures)
    "Social insurance participants": (INS, "si_participants", P, {}),
    "Social insurance participants (compulsory + voluntary)": (INS, "si_participants", P, {}),
    "Social insurance card holders": (INS, "si_participants", P,
                                      {"note": "Printed as 'social insurance card holders'."}),
    "Compulsory social insurance participants": (INS, "si_compulsory_participants", P, {}),
    "Voluntary social insurance participants": (INS, "si_voluntary_participants", P, {}),
    "Labour accident and occupational disease insurance participants":
        (INS, "ai_od_participants", P, {}),
    "Unemployment insurance participants": (INS, "ui_participants", P, {}),
    "Health insurance participants": (INS, "hi_participants", P, {}),
    "Health insurance card holders": (INS, "hi_participants", P,
                                      {"note": "Printed as 'health insurance card holders'."}),
    "Social insurance coverage (% of labour force)": (INS, "si_coverage_labour_force", PCT, {}),
    "Social insurance coverage (% of working-age labour force)":
        (INS, "si_coverage_working_age_labour_force", PCT, {}),
    "Social insurance coverage (% of workforce)": (INS, "si_coverage_workforce", PCT, {
        "note": "Denominator printed as 'workforce' (whether of working age is not said); for end-September 2022 two pages print 34.84 and 37.01."}),
    "Unemployment insurance coverage (% of labour force)": (INS, "ui_coverage_labour_force", PCT, {}),
    "Unemployment insurance coverage (% of working-age labour force)":
        (INS, "ui_coverage_working_age_labour_force", PCT, {}),
    "Unemployment insurance coverage (% of workforce)": (INS, "ui_coverage_workforce", PCT, {}),
    "Health insurance coverage (% of population)": (INS, "hi_coverage_population", PCT, {}),
    "Increase in SI participants vs end-2021": (INS, "si_participants_change", P, {
        "period": "2021-12/2022-09", "note": "Increase from the end of 2021 to the end of September 2022."}),
    "Increase in UI participants vs end-2021": (INS, "ui_participants_change", P, {
        "period": "2021-12/2022-09", "note": "Increase from the end of 2021 to the end of September 2022."}),
    "SI/HI revenue (funding)": (INS, "insurance_revenue", "billion VND", {
        "note": "Printed as SI/HI revenue; the same total is printed elsewhere as SI/HI/UI premium revenue."}),
    "SI/HI/UI premium revenue": (INS, "insurance_revenue", "billion VND", {}),
    "SI+HI+UI revenue (11 months)": (INS, "insurance_revenue", "billion VND", {
        "period": "{y}-01/{y}-11", "note": "January-November, cumulative."}),
    # living standards (GSO Household Living Standards Survey, VHLSS)
    "Monthly average income per capita": (LIV, "income_per_capita", INCOME, {"group": "total"}),
    "Monthly average income per capita, current prices":
        (LIV, "income_per_capita", INCOME, {"group": "total"}),
    "Monthly average income per capita, current prices (preliminary)":
        (LIV, "income_per_capita", INCOME, {"group": "total", "status": "preliminary"}),
    "Monthly average income per capita, urban": (LIV, "income_per_capita", INCOME, {"group": "urban"}),
    "Monthly average income per capita, rural": (LIV, "income_per_capita", INCOME, {"group": "rural"}),
    "Monthly average income per capita, quintile 1":
        (LIV, "income_per_capita", INCOME, {"group": "quintile-1"}),
    "Monthly average income per capita, quintile 5":
        (LIV, "income_per_capita", INCOME, {"group": "quintile-5"}),
    "Ratio quintile 5 / quintile 1 income (R5/R1)": (LIV, "r5_r1", "times", {"group": "total"}),
    "Gini coefficient (income)": (LIV, "gini", "coefficient (0-1)", {"group": "total"}),
    "Income growth 2016-2018 (current prices)": (LIV, "income_growth", PCT, {
        "group": "total", "period": "2016/2018",
        "note": "Growth of monthly income per head at current prices from 2016 to 2018."}),
    "Human Development Index": (LIV, "hdi", "index (0-1)", {"group": "total"}),
    "Income per capita (annual, provincial estimate)": (LIV, "income_per_capita_annual_provincial",
                                                        "million VND per person per year", {
        "group": "total", "status": "estimate",
        "note": "Annual income per head as the provincial government estimates it; not the VHLSS monthly series."}),
    # poverty: three measures, never one series
    #   admin_*  MOLISA's annual review of poor and near-poor households (administrative)
    #   vhlss_*  GSO's multidimensional poor-household rate from the VHLSS
    #   mpi_*    GSO-UNDP multidimensional poverty index headcount (from the VHLSS)
    "Multidimensional poverty rate (poor + near-poor households)":
        (POV, "admin_poor_near_poor_household_rate", PCT, {"standard": "2022-2025"}),
    "Number of poor + near-poor households (multidimensional)":
        (POV, "admin_poor_near_poor_households", HH, {"standard": "2022-2025"}),
    "Poor household rate (multidimensional standard)":
        (POV, "admin_poor_household_rate", PCT, {"standard": "2022-2025"}),
    "Number of poor households (multidimensional)":
        (POV, "admin_poor_households", HH, {"standard": "2022-2025"}),
    "Near-poor household rate (multidimensional standard)":
        (POV, "admin_near_poor_household_rate", PCT, {"standard": "2022-2025"}),
    "Poor household rate (multidimensional, 2022-2025 standard)":
        (POV, "admin_poor_household_rate", PCT, {"standard": "2022-2025"}),
    "Number of poor households (multidimensional, 2022-2025 standard)":
        (POV, "admin_poor_households", HH, {"standard": "2022-2025"}),
    "Near-poor household rate (multidimensional, 2022-2025 standard)":
        (POV, "admin_near_poor_household_rate", PCT, {"standard": "2022-2025"}),
    "Number of near-poor households (multidimensional, 2022-2025 standard)":
        (POV, "admin_near_poor_households", HH, {"standard": "2022-2025"}),
    "Poor household rate (provincial)": (POV, "admin_poor_household_rate", PCT, {
        "standard": "unstated", "status": "estimate",
        "note": "Provincial plan-report figure (People's Council), not a statistics office figure."}),
    "Multidimensional poor household rate": (POV, "admin_poor_household_rate", PCT, {
        "standard": "unstated",
        "note": "Da Nang yearbook ('tỷ lệ hộ nghèo tiếp cận đa chiều'); the table does not say which poverty line applies."}),
    "Multidimensional poor household rate (2022-2025 standard)":
        (POV, "admin_poor_household_rate", PCT, {"standard": "2022-2025", "note": "Da Nang yearbook."}),
    "Multidimensional poor household rate (GSO VHLSS)":
        (POV, "vhlss_multidim_poor_household_rate", PCT, {}),
    "Multidimensional poor household rate (GSO VHLSS), rural":
        (POV, "vhlss_multidim_poor_household_rate", PCT, {"group": "rural"}),
    "Multidimensional poor household rate (GSO VHLSS), urban":
        (POV, "vhlss_multidim_poor_household_rate", PCT, {"group": "urban"}),
    "Average annual decline of multidimensional poor household rate (GSO VHLSS)":
        (POV, "vhlss_multidim_poor_household_rate_decline", "percentage points per year", {}),
    "Multidimensional poverty rate, ethnic minority areas (GSO VHLSS)":
        (POV, "vhlss_multidim_poverty_rate", PCT, {"group": "ethnic-minority-areas"}),
    "Multidimensional poverty rate, Kinh and Hoa (GSO VHLSS)":
        (POV, "vhlss_multidim_poverty_rate", PCT, {"group": "kinh-hoa"}),
    "Multidimensional poverty rate (GSO-UNDP)": (POV, "mpi_headcount", PCT, {"standard": "2016-2020"}),
    # social assistance and preferential treatment
    "People with meritorious services receiving monthly preferential allowance":
        (SOC, "meritorious_people_monthly_allowance", P, {}),
    "Relatives of people with meritorious services receiving monthly allowance":
        (SOC, "meritorious_relatives_monthly_allowance", P, {}),
    "War invalids and equivalent (monthly allowance)": (SOC, "war_invalids_monthly_allowance", P, {}),
    "Resistance activists and children affected by toxic chemicals (monthly allowance)":
        (SOC, "toxic_chemical_victims_monthly_allowance", P, {}),
    "Revolutionary/resistance activists imprisoned (monthly allowance)":
        (SOC, "former_prisoners_monthly_allowance", P, {}),
    "People with meritorious services supported for 3 months (NQ42)":
        (SOC, "covid_support_meritorious_3_months", P, {}),
    "People with meritorious services supported for 1 month (NQ42)":
        (SOC, "covid_support_meritorious_1_month", P, {}),
    "Members of poor and near-poor households supported for 3 months (NQ42)":
        (SOC, "covid_support_poor_near_poor_members_3_months", P, {}),
    "Social protection beneficiaries (bảo trợ xã hội) supported for 3 months (NQ42)":
        (SOC, "covid_support_social_protection_3_months", P, {}),
    "Social protection beneficiaries (bảo trợ xã hội) supported for 1 month (NQ42)":
        (SOC, "covid_support_social_protection_1_month", P, {}),
    "People with meritorious services and their relatives confirmed (cumulative)":
        (SOC, "meritorious_people_confirmed_cumulative", P, {}),
    "People recognised as having meritorious services (cumulative)":
        (SOC, "meritorious_people_confirmed_cumulative", P, {}),
    "Martyrs (cumulative)": (SOC, "martyrs_cumulative", P, {}),
    "Vietnamese Heroic Mothers (cumulative)": (SOC, "heroic_mothers_cumulative", P, {}),
    "War invalids, sick soldiers and equivalent": (SOC, "war_invalids", P, {}),
    "Resistance activists and children affected by toxic chemicals":
        (SOC, "toxic_chemical_victims", P, {}),
    "Meritorious persons receiving city + President Tet/27-7 gifts":
        (SOC, "gift_recipients_meritorious", P, {}),
    "Budget for 27/7 gifts to meritorious persons": (SOC, "gift_budget_meritorious", "billion VND", {}),
    "Policy beneficiaries receiving Tet gifts (planned)": (SOC, "gift_recipients_policy_beneficiaries", P, {
        "status": "plan"}),
    "Budget for Tet gifts to policy beneficiaries (planned)":
        (SOC, "gift_budget_policy_beneficiaries", "billion VND", {"status": "plan"}),
    "Provincial Tet gift budget for meritorious persons, poor households and social protection beneficiaries":
        (SOC, "gift_budget_policy_beneficiaries", "billion VND", {}),
    "Social protection beneficiaries (eligible, reviewed)":
        (SOC, "social_protection_eligible", P, {}),
    # labour
    "Labour force 15+": (LAB, "labour_force", P, {"group": "total"}),
    "Labour force 15+ (preliminary)": (LAB, "labour_force", P, {"group": "total", "status": "preliminary"}),
    "Labour force 15+, urban": (LAB, "labour_force", P, {"group": "urban"}),
    "Labour force 15+, rural": (LAB, "labour_force", P, {"group": "rural"}),
    "Urban share of employed population 15+": (LAB, "employed_urban_share", PCT, {"group": "total"}),
}

#: GRDP and other economy labels: base text -> (indicator, table unit, extras). The
#: bracketed flags (estimate, preliminary, pre-revision, ...) are read separately.
ECONOMY = {
    "GRDP at current prices": ("grdp", "billion VND", {"price_basis": "current"}),
    "GRDP at constant 2010 prices": ("grdp", "billion VND", {"price_basis": "constant-2010"}),
    "GRDP growth rate": ("grdp_growth", PCT, {"price_basis": "constant"}),
    "GRDP growth index": ("grdp_growth_index", "index (previous year = 100)",
                                               {"price_basis": "constant-2010"}),
    "GRDP average annual growth": ("grdp_average_growth", "percent per year", {"price_basis": "constant"}),
    "GDP average annual growth": ("grdp_average_growth", "percent per year", {
        "price_basis": "constant", "note": "National GDP."}),
    "GRDP per capita": ("grdp_per_capita", "million VND per person per year", {}),
    "GRDP 2015 / 2010 ratio": ("grdp_ratio", "times", {"period": "2010/2015"}),
    "GRDP growth, agriculture-forestry-fishery": ("grdp_sector_growth", PCT, {
        "group": "agriculture-forestry-fishery", "price_basis": "constant"}),
    "GRDP growth, industry-construction": ("grdp_sector_growth", PCT, {
        "group": "industry-construction", "price_basis": "constant"}),
    "GRDP growth, services": ("grdp_sector_growth", PCT, {"group": "services", "price_basis": "constant"}),
    "Agriculture, forestry, fishing share of GRDP": ("grdp_sector_share", PCT, {
        "group": "agriculture-forestry-fishery"}),
    "Industry-construction share of GRDP": ("grdp_sector_share", PCT, {"group": "industry-construction"}),
    "Years with double-digit GRDP growth (consecutive)": ("double_digit_growth_years", "years", {
        "price_basis": "constant"}),
    "State budget revenue in the city": ("state_budget_revenue", "billion VND", {
        "price_basis": "not-applicable", "vintage": "not-applicable"}),
    "State budget revenue in the province": ("state_budget_revenue", "billion VND", {
        "price_basis": "not-applicable", "vintage": "not-applicable"}),
}

#: Vintage of GRDP figures by page, where the page (or its yearbook edition) says it.
VINTAGE_BY_PAGE = {
    "vinhphuc-yearbook-2021-t42": "post-revision",
    "hungyen-yearbook-2022-t39": "post-revision",
    "vinhphuc-yearbook-2017-t35": "pre-revision",
    "hungyen-portal-2016-national-accounts": "pre-revision",
    "123docz-haiduong-thesis-extract": "pre-revision",
}

#: Notes on single rows: (page id, label, year as transcribed) -> note.
ROW_NOTES = {
    ("vietnamplus-2022-si-17-million", "Social insurance participants, Sept", "2022"):
        "Another page prints 'over 17.08 million' for the end of September 2022 (sggp-2022-hi-91-million).",
    ("sggp-2022-hi-91-million", "Social insurance participants, end Sept", "2022"):
        "Another page prints 17.24 million for September 2022 (vietnamplus-2022-si-17-million).",
    ("vss-2021-ten-imprints-2020", "Voluntary social insurance participants", "2020"):
        "VietnamPlus prints 'over 1.12 million' for the end of 2020.",
    ("vietnamplus-2021-vss-2020-results", "Voluntary social insurance participants", "2020"):
        "Viet Nam Social Security's own page prints 'nearly 1.1 million' for 2020.",
}

POINTS = {"April": "04", "31 Oct": "10-31", "Sept": "09", "end Sept": "09", "end Feb": "02",
          "28 Feb": "02-28", "end July": "07"}

#: Rows that are not data, with the reason (label, geography, year as transcribed).
EXCLUDE = {
    ("GRDP at current prices (estimate)", "Vinh Phuc", "2022"):
        "Fails the per-head check stated with it: 165,5 thousand bn VND / 1,197.62 thousand people "
        "= 138 mn VND per head, not the 127,8 mn printed in the same article (NSO final 127.1).",
    ("GRDP (price basis not stated; likely constant 2010)", "Vinh Phuc", "2021"):
        "The price basis is not printed, so the figure cannot be put in a GRDP series "
        "(current-price 2021 GRDP is 136,183 bn VND in the yearbook).",
}
EXCLUDE_NO_YEAR = "The page prints no year ('n.d.'): the reference year cannot be verified."

#: The transcribed provincial insurance points (a second candidate file, below): rows
#: that are not a scheme's figure, with the reason; rows with no page address are not
#: read at all (a value keeps its address), and the gap table says so.
INSURANCE_POINTS = CANDIDATE.parent.parent / "transcribed-insurance-points" / "insurance_points_transcribed.csv"
EXCLUDE_POINTS = {
    ("SI+HI+UI participants (total, as reported)", "Hung Yen", "2017"):
        "Persons counted across the three schemes as the page adds them (mostly health "
        "insurance): no scheme's count.",
    ("SI+HI+UI revenue (year to date)", "Hung Yen", "2017"):
        "Revenue of the year to an unstated day of October: not a year's revenue.",
}
ROW_NOTES_POINTS = {
    ("Health insurance coverage (% of population)", "Hung Yen", "2017"):
        "Over the province's 2016 population, as the page says.",
    ("Social insurance coverage (% of working-age labour force)", "Ha Noi", "2021"):
        "Over the labour force at working age, as the page says.",
}


def read_insurance_points(path: Path = INSURANCE_POINTS) -> list[dict]:
    """The provincial rows of the transcribed insurance points, in the press-figures
    layout (the national GSO rows are rekey.nso_revised's): the reference date as the
    period's point in the year, and no row without a page address."""
    out = []
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["geography"] == "Whole country" or not r["source_address"].startswith("http"):
                continue
            date = r["reference_date"].split(" ")[0]  # '2021-10-30', '2017-10 (n.d.)'
            out.append({"indicator": r["indicator"], "geography": r["geography"],
                        "year": r["year"], "value": r["value_as_printed"], "unit": r["unit"],
                        "source_title": r["source_title"], "source_address": r["source_address"],
                        "retrieved_note": r["note"], "point": date[5:]})
    return out


# --- building the tables -------------------------------------------------------------------

FIELDS = {
    INS: ["indicator", "geo", "period", "year", "value", "unit", "qualifier", "printed",
          "printed_unit", "status", "label", "source", "note"],
    LIV: ["indicator", "geo", "period", "year", "group", "value", "unit", "qualifier", "printed",
          "printed_unit", "status", "label", "source", "note"],
    POV: ["indicator", "geo", "period", "year", "group", "standard", "value", "unit", "qualifier",
          "printed", "printed_unit", "status", "label", "source", "note"],
    SOC: ["indicator", "geo", "period", "year", "value", "unit", "qualifier", "printed",
          "printed_unit", "status", "label", "source", "note"],
    ECO: ["indicator", "geo", "period", "year", "group", "price_basis", "vintage", "value", "unit",
          "qualifier", "printed", "printed_unit", "status", "label", "source", "note"],
    LAB: ["indicator", "geo", "period", "year", "group", "value", "unit", "qualifier", "printed",
          "printed_unit", "status", "label", "source", "note"],
}
CROSSCHECK_FIELDS = ["topic", "indicator", "geo", "period", "year", "group", "price_basis",
                     "vintage", "standard", "value", "unit", "qualifier", "printed", "printed_unit",
                     "status", "label", "quality", "source", "note"]
EXCLUDED_FIELDS = ["source", "label", "geo", "period", "printed", "printed_unit", "reason"]
SOURCE_FIELDS = ["id", "publisher", "title", "edition", "url", "carrier", "licence"]
DOCUMENT_FIELDS = ["source", "kind", "outlet", "author", "published", "date_note", "language",
                   "number_format", "quality", "attributed_to", "note"]
MAIN_QUALITIES = ("official", "press", "secondary")


def page_for(address: str) -> dict:
    found = [p for p in PAGES if p["match"] in address]
    if len(found) != 1:
        raise ValueError(f"{address!r} matches {len(found)} pages of PAGES")
    return found[0]


def split_label(label: str) -> tuple[str, str, str]:
    """(base label, point in the year 'MM' / 'MM-DD' or '', status from the suffix)."""
    for suffix, status in ((", estimate", "estimate"), (", 2022 target", "target")):
        if label.endswith(suffix):
            return label[: -len(suffix)], "", status
    head, _, tail = label.rpartition(", ")
    if head and tail in POINTS:
        return head, POINTS[tail], ""
    return label, "", ""


def economy_label(label: str) -> tuple[str, dict]:
    """Base text of a GRDP label and what its brackets say (status, vintage, qualifier)."""
    if label in ECONOMY:
        return label, {}
    base, _, flags = label.partition(" (")
    flags = flags.rstrip(")")
    extra: dict = {}
    for flag in (f.strip() for f in flags.split(",") if f.strip()):
        if flag in ("estimate", "approx."):
            extra["status"] = "estimate"
        elif flag == "provincial estimate":
            extra["status"] = "estimate"
            extra["note"] = "Provincial plan-report estimate (People's Council), not a statistics office figure."
        elif flag == "preliminary":
            extra.setdefault("status", "preliminary")
        elif flag == "pre-revision":
            extra["vintage"] = "pre-revision"
        elif flag == "previous year = 100":
            pass
        else:
            raise ValueError(f"unknown flag {flag!r} in {label!r}")
    return base, extra


def period_of(year: str, point: str, template: str | None) -> tuple[str, int]:
    """The period string (ISO style: 2020, 2022-09, 2018-10-31, 2015/2021) and its end year."""
    if "-" in year:
        start, end = year.split("-")
        return f"{start}/{end}", int(end)
    y = int(year)
    if template:
        period = template.format(y=y)
        return period, int(period.split("/")[-1][:4])
    return (f"{y}-{point}" if point else str(y)), y


def rekey_row(r: dict) -> tuple[str, dict]:
    """One transcribed row -> (table name, tidy row). Raises on anything unexpected."""
    from analysis.data import regions

    page = page_for(r["source_address"])
    fmt = page["fmt"]
    label = r["indicator"]
    base, point, status = split_label(label)
    point = r.get("point") or point
    if base in LABELS:
        table, indicator, unit, extra = LABELS[base]
        extra = dict(extra)
    else:
        eco_base, extra = economy_label(base)
        if eco_base not in ECONOMY:
            raise ValueError(f"no mapping for label {label!r}")
        indicator, unit, more = ECONOMY[eco_base]
        table = ECO
        note = " ".join(n for n in (more.get("note"), extra.get("note")) if n)
        extra = {**more, **extra}
        if note:
            extra["note"] = note
    printed_unit, unit_qualifier = qualifier_in_unit(r["unit"], fmt)
    if indicator == "grdp_per_capita" and printed_unit == "USD":
        indicator, unit = "grdp_per_capita_usd", "USD per person per year"
    parsed = parse_printed(r["value"], fmt)
    qualifier = parsed.qualifier if parsed.qualifier != "exact" else unit_qualifier
    value = convert(parsed.number, printed_unit, unit, parsed.scale, parsed.scale_word)
    period, year = period_of(r["year"], point, extra.get("period"))
    note = " ".join(n for n in (extra.get("note", ""), ROW_NOTES.get((page["id"], label, r["year"]), ""),
                                ROW_NOTES_POINTS.get((label, r["geography"], r["year"]), ""))
                    if n)
    if "spot check:" in r["retrieved_note"]:
        note = (note + " Spot check by the transcriber: "
                + r["retrieved_note"].split("spot check:", 1)[1].strip() + ".").strip()
    row = {
        "indicator": indicator, "geo": regions.slug_for(r["geography"]), "period": period,
        "year": year, "group": extra.get("group", "total"), "value": plain(value), "unit": unit,
        "qualifier": qualifier, "printed": r["value"], "printed_unit": r["unit"],
        "status": (status or extra.get("status")
                   or ("preliminary" if year in page.get("preliminary_years", ()) else None)
                   or page.get("status", "reported")),
        "label": label,
        "source": page["id"], "note": note,
    }
    if table == POV:
        row["standard"] = extra.get("standard", page.get("standard", "unstated"))
    if table == ECO:
        row["price_basis"] = extra.get("price_basis", "unstated")
        row["vintage"] = extra.get("vintage", VINTAGE_BY_PAGE.get(page["id"], "unstated"))
    return table, row


def read_candidate(path: Path = CANDIDATE) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def build(rows: list[dict]) -> dict[str, list[dict]]:
    """All output tables from the transcribed rows."""
    from analysis.data import regions

    out: dict[str, list[dict]] = {t: [] for t in FIELDS}
    out["press_crosschecks"], out["excluded_figures"] = [], []
    for r in rows:
        page = page_for(r["source_address"])
        key = (r["indicator"], r["geography"], r["year"])
        reason = (EXCLUDE.get(key) or EXCLUDE_POINTS.get(key)
                  or (EXCLUDE_NO_YEAR if r["year"] == "n.d." else None))
        if reason:
            out["excluded_figures"].append({
                "source": page["id"], "label": r["indicator"], "geo": regions.slug_for(r["geography"]),
                "period": r["year"], "printed": r["value"], "printed_unit": r["unit"],
                "reason": reason})
            continue
        table, row = rekey_row(r)
        if page["quality"] in MAIN_QUALITIES:
            out[table].append(row)
        else:
            row.update(topic=table, quality=page["quality"])
            row.setdefault("price_basis", "not-applicable")
            row.setdefault("vintage", "not-applicable")
            row.setdefault("standard", "not-applicable")
            out["press_crosschecks"].append(row)
    used = (set(EXCLUDE) | set(EXCLUDE_POINTS)) - {(r["indicator"], r["geography"], r["year"])
                                                   for r in rows}
    if used:
        raise ValueError(f"exclusions that match no row: {sorted(used)}")
    return out


def sort_key(fields: list[str]):
    def key(row):
        return tuple(str(row.get(f, "")) for f in fields if f not in ("value", "printed", "note"))
    return key


def write(name: str, fields: list[str], rows: list[dict]) -> None:
    write_table(name, fields, rows, sort=sort_key(fields), extrasaction="ignore")


def write_owned(name: str, fields: list[str], rows: list[dict], owned: set[str]) -> None:
    """Write a table shared with other scripts: replace the rows whose ``source`` is in
    ``owned``, keep the others."""
    path = OUT / f"{name}.csv"
    kept = []
    if path.exists():
        with open(path, encoding="utf-8", newline="") as fh:
            kept = [r for r in csv.DictReader(fh) if r["source"] not in owned]
    write(name, fields, kept + rows)


def merge_rows(name: str, fields: list[str], key: str, rows: list[dict]) -> None:
    """Replace the rows whose ``key`` this script owns in their places, add its new ones
    at the end (sorted), and keep every other row as it is (other scripts own them): the
    file does not depend on the order the scripts run in."""
    path = OUT / f"{name}.csv"
    existing: list[dict] = []
    if path.exists():
        with open(path, encoding="utf-8", newline="") as fh:
            existing = list(csv.DictReader(fh))
    mine = {r[key]: r for r in rows}
    present = {r[key] for r in existing}
    out = [mine.get(r[key], r) for r in existing]  # a row already there keeps its place
    out += [mine[k] for k in sorted(mine) if k not in present]
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(out)
    print(f"{name}.csv: {len(mine)} rows updated, {len(out) - len(mine)} kept")


def page_rows(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    """sources.csv and documents.csv rows for the pages."""
    addresses = {}
    for r in rows:
        addresses.setdefault(page_for(r["source_address"])["id"], r["source_address"])
    sources, documents = [], []
    for page in PAGES:
        url = page.get("url", addresses[page["id"]])
        sources.append({
            "id": page["id"], "publisher": page["outlet"], "title": page["title"],
            "edition": "" if page["edition"] is None else page["edition"], "url": url,
            "carrier": CARRIER, "licence": f"Quoted for reference, © {page['outlet']}"})
        documents.append({
            "source": page["id"], "kind": page["kind"], "outlet": page["outlet"], "author": "",
            "published": page["published"],
            "date_note": page.get("date_note", "" if page["published"] else "No date printed on the page."),
            "language": page.get("language", page["fmt"]), "number_format": page["fmt"],
            "quality": page["quality"], "attributed_to": page["attributed"],
            "note": page.get("note", "")})
    return sources, documents


def read_all() -> list[dict]:
    """Every transcribed row this script re-keys: the press figures, then the provincial
    insurance points."""
    return read_candidate() + read_insurance_points()


def main() -> None:
    rows = read_all()
    tables = build(rows)
    for name, fields in FIELDS.items():
        write(name, fields, tables[name])
    write("press_crosschecks", CROSSCHECK_FIELDS, tables["press_crosschecks"])
    write_owned("excluded_figures", EXCLUDED_FIELDS, tables["excluded_figures"],
                {p["id"] for p in PAGES})
    sources, documents = page_rows(rows)
    merge_rows("sources", SOURCE_FIELDS, "id", sources)
    merge_rows("documents", DOCUMENT_FIELDS, "source", documents)


if __name__ == "__main__":
    main()
