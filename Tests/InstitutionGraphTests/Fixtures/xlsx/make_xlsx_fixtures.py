#!/usr/bin/env python3
"""Writes the .xlsx fixtures of XLSXSheetTests.swift into this folder.

Run it from anywhere with openpyxl installed (`pip install openpyxl`; made with 3.1.5):

    python3 make_xlsx_fixtures.py

`types.xlsx` comes from openpyxl, as most workbooks come from a spreadsheet program. openpyxl
3.1 writes every string inline, so the script then moves them into a shared string table, as
Excel saves them. The other files are built part by part with zipfile, for what openpyxl does not
write: namespace prefixes, cells without references, phonetic runs, `_xHHHH_` escapes, the 1904
date system, and broken files. Every ZIP entry carries a fixed date, so that running the script
again gives the same bytes.
"""

import datetime
import os
import re
import zipfile

from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_DATE = (2025, 8, 4, 0, 0, 0)


def path(name):
    return os.path.join(HERE, name)


def read_bytes(name):
    with open(path(name), "rb") as file:
        return bytearray(file.read())


def write_bytes(name, data):
    with open(path(name), "wb") as file:
        file.write(data)


def make_types():
    """Shared strings (Korean, rich text), numbers, dates, booleans, errors, gaps, two sheets."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(["consortium", "institution", "PIC", "budget", "since", "meeting", "active"])
    sheet.append(["LG AI연구원", "한국과학기술원", 999993953, 12.75, datetime.date(2025, 8, 4),
                  datetime.datetime(2025, 8, 4, 9, 30, 15), True])
    sheet.append(["SKT", CellRichText([TextBlock(InlineFont(b=True), "Seoul "), "National University"]),
                  1e9, 0.1, datetime.date(1900, 3, 1), datetime.datetime(2024, 2, 29, 23, 59, 59), False])
    # Row 4: a gap in column B, an error, a negative decimal, a tiny number.
    sheet["A4"] = "Upstage"
    sheet["C4"] = "#N/A"
    sheet["D4"] = -3.5
    sheet["E4"] = 1e-7
    # Row 5: date formats written as custom codes, and a number whose format only quotes a "d".
    sheet["A5"] = datetime.date(2025, 1, 2)
    sheet["A5"].number_format = 'yyyy"년" m"월" d"일"'
    sheet["B5"] = 45658
    sheet["B5"].number_format = "mm-dd-yy"
    sheet["C5"] = 7
    sheet["C5"].number_format = '0 "days"'
    sheet["D5"] = 45658.5
    sheet["D5"].number_format = "[$-412]yyyy-mm-dd hh:mm"
    # Row 6 holds only an empty string, row 7 a value far to the right after empty cells.
    sheet["A6"] = ""
    sheet["F7"] = "far"
    sheet["H7"] = None

    second = book.create_sheet("참여기관")
    second["B3"] = "기관명"
    second["C3"] = "역할"
    second["B4"] = "네이버클라우드"
    second["C4"] = "주관"
    second["A6"] = "서울대학교 산학협력단"

    hostile = book.create_sheet('"A&B" <팀> 😀')
    hostile["A1"] = 'He said "hi" & <left>'
    hostile["A2"] = "tab\there\nnew line"
    hostile["A3"] = "🇰🇷 한글 &amp; literal"
    book.properties.created = datetime.datetime(*FIXED_DATE)
    book.save(path("types.xlsx"))
    share_strings("types.xlsx")


def share_strings(name):
    """Moves the inline strings of every sheet of `name` into `xl/sharedStrings.xml`, each
    distinct string once, and fixes the modification date."""
    with zipfile.ZipFile(path(name)) as archive:
        parts = [(info.filename, archive.read(info.filename).decode("utf-8")) for info in archive.infolist()]
    strings = {}
    references = 0

    def share(match):
        nonlocal references
        references += 1
        index = strings.setdefault(match.group(2), len(strings))
        return f'{match.group(1)}t="s"><v>{index}</v></c>'

    inline = re.compile(r'(<c r="[A-Z]+[0-9]+" (?:s="[0-9]+" )?)t="inlineStr"><is>(.*?)</is></c>')
    parts = [(part, inline.sub(share, text) if part.startswith("xl/worksheets/") else text) for part, text in parts]
    # openpyxl stamps the time of saving; the creation date stands in for it.
    parts = [(part, re.sub(r"<dcterms:modified([^>]*)>[^<]*<", r"<dcterms:modified\1>2025-08-04T00:00:00Z<", text)
              if part == "docProps/core.xml" else text) for part, text in parts]
    table = "".join(f"<si>{content}</si>" for content in strings)
    parts.append(("xl/sharedStrings.xml",
                  f'<sst xmlns="{MAIN}" count="{references}" uniqueCount="{len(strings)}">{table}</sst>'))
    relationship = f'<Relationship Type="{RELS}/sharedStrings" Target="sharedStrings.xml" Id="rIdStrings" /></Relationships>'
    override = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>')
    parts = [(part, text.replace("</Relationships>", relationship) if part == "xl/_rels/workbook.xml.rels"
              else text.replace("</Types>", override) if part == "[Content_Types].xml" else text)
             for part, text in parts]
    write_zip(name, parts)


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def workbook(sheets, properties=""):
    """A workbook part listing `sheets`, pairs of a name (already escaped) and a relationship id."""
    entries = "".join(f'<sheet name="{name}" sheetId="{n + 1}" r:id="{rid}"/>' for n, (name, rid) in enumerate(sheets))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<workbook xmlns="{MAIN}" xmlns:r="{RELS}">{properties}<sheets>{entries}</sheets></workbook>')


def relationships(targets):
    """A relationships part: triples of an id, a kind (`worksheet`, `styles`…) and a target."""
    entries = "".join(f'<Relationship Id="{rid}" Type="{RELS}/{kind}" Target="{target}"/>' for rid, kind, target in targets)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{PACKAGE_RELS}">{entries}</Relationships>'


def write_zip(name, parts):
    """A ZIP archive of `parts`, pairs of a path and its text or bytes, deflated."""
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts:
            info = zipfile.ZipInfo(part, FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content.encode("utf-8") if isinstance(content, str) else content)


def minimal_parts(sheet_xml):
    """The parts of a one-sheet workbook whose sheet is `sheet_xml`."""
    return [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook([("Sheet1", "rId1")])),
        ("xl/_rels/workbook.xml.rels", relationships([("rId1", "worksheet", "worksheets/sheet1.xml")])),
        ("xl/worksheets/sheet1.xml", sheet_xml),
    ]


def make_handmade():
    """What openpyxl does not write by default: `x:` prefixes, shared strings with phonetic runs,
    cells and rows without `r`, formula strings, `1.0E+9`, `_xHHHH_` escapes, entities, ISO dates,
    targets that are absolute or named unusually, 1904 dates."""
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<x:styleSheet xmlns:x="{MAIN}">'
              '<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></x:numFmts>'
              '<x:cellStyleXfs count="1"><x:xf numFmtId="14"/></x:cellStyleXfs>'
              '<x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="164"/><x:xf numFmtId="22"/></x:cellXfs>'
              '</x:styleSheet>')
    shared = (f'<?xml version="1.0" encoding="UTF-8"?>\n<x:sst xmlns:x="{MAIN}" count="2" uniqueCount="2">'
              '<x:si><x:t>공유</x:t></x:si>'
              '<x:si><x:r><x:t xml:space="preserve">東京 </x:t></x:r><x:r><x:t>大学</x:t></x:r>'
              '<x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh><x:phoneticPr fontId="1"/></x:si>'
              '</x:sst>')
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="{MAIN}">'
             '<x:dimension ref="A1:D4"/><x:sheetData>'
             # Row 1: no references at all, so the cells are A1, B1, C1, D1.
             '<x:row><x:c t="inlineStr"><x:is><x:t>inline &lt;b&gt; &amp; &quot;q&quot;</x:t></x:is></x:c>'
             '<x:c t="inlineStr"><x:is><x:r><x:t>rich </x:t></x:r><x:r><x:t>runs</x:t></x:r>'
             '<x:rPh sb="0" eb="1"><x:t>ignored</x:t></x:rPh></x:is></x:c>'
             '<x:c t="str"><x:f>A1&amp;"!"</x:f><x:v>formula result</x:v></x:c>'
             '<x:c><x:v>1.0E+9</x:v></x:c></x:row>'
             # Row 2 follows row 1; C2 is placed by reference, D2 follows it.
             '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c r="C2" t="s"><x:v>1</x:v></x:c>'
             '<x:c t="e"><x:v>#DIV/0!</x:v></x:c></x:row>'
             # Row 4: escapes for control characters, an escaped underscore, an emoji as a surrogate pair.
             '<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>bell_x0007_ cr_x000D_ lit_x005F_x0041_ e_xD83D__xDE00_ &#10;</x:t></x:is></x:c>'
             '<x:c r="B4" s="1"><x:v>0</x:v></x:c><x:c r="C4" s="2"><x:v>1.5</x:v></x:c>'
             '<x:c r="D4" t="b"><x:v>1</x:v></x:c><x:c r="E4"><x:f>NOW()</x:f></x:c>'
             # ISO 8601 dates (t="d"), as openpyxl writes them with iso_dates: midnight is left out.
             '<x:c r="F4" t="d"><x:v>2025-08-04T00:00:00Z</x:v></x:c><x:c r="G4" t="d"><x:v>2025-08-04T09:30:00</x:v></x:c></x:row>'
             # Row 5: only empty cells, so it is left out.
             '<x:row r="5"><x:c r="A5" t="inlineStr"><x:is><x:t></x:t></x:is></x:c><x:c r="B5" s="1"/></x:row>'
             '</x:sheetData></x:worksheet>')
    write_zip("handmade.xlsx", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("xl/workbook.xml", workbook([("Handmade", "rId7")], '<workbookPr date1904="1"/>')),
        ("xl/_rels/workbook.xml.rels", relationships([
            ("rId7", "worksheet", "/xl/worksheets/data.xml"),
            ("rId8", "styles", "styles.xml"),
            ("rId9", "sharedStrings", "strings.xml"),
        ])),
        ("xl/worksheets/data.xml", sheet),
        ("xl/styles.xml", styles),
        ("xl/strings.xml", shared),
    ])


def make_bad_files():
    """Files that are not readable workbooks, each for one error message."""
    with open(path("not-a-zip.xlsx"), "w", encoding="utf-8") as text:
        text.write("consortium,institution\nLG,KAIST\n")
    write_zip("no-workbook.xlsx", [("readme.txt", "just a ZIP archive\n")])
    write_zip("broken-sheet.xlsx", minimal_parts(
        f'<?xml version="1.0"?>\n<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>cut</t></is></c>'))
    parts = minimal_parts(f'<worksheet xmlns="{MAIN}"><sheetData/></worksheet>')
    parts[2] = ("xl/workbook.xml", workbook([]))
    write_zip("no-sheets.xlsx", parts)
    # An OLE compound file: its signature, then the UTF-16 name of an encrypted package's stream.
    signature = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
    with open(path("old-excel.xlsx"), "wb") as ole:
        ole.write(signature + bytes(504) + "Workbook".encode("utf-16-le") + bytes(512))
    with open(path("encrypted.xlsx"), "wb") as ole:
        ole.write(signature + bytes(504) + "EncryptionInfo".encode("utf-16-le") + bytes(48)
                  + "EncryptedPackage".encode("utf-16-le") + bytes(512))


def make_damaged_archives():
    """ZIP archives whose structure lies: a directory entry pointing past the end of the file,
    a deflate stream that asks for more data than the entry has, and a file cut short."""
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>'
    write_zip("bad-offset.xlsx", minimal_parts(sheet))
    data = read_bytes("bad-offset.xlsx")
    header = central_directory_header(data, b"xl/worksheets/sheet1.xml")
    data[header + 42:header + 46] = (0x7FFF_FFF0).to_bytes(4, "little")
    write_bytes("bad-offset.xlsx", data)

    # A stored deflate block (BFINAL 0, BTYPE 00) that announces 65,535 bytes where the entry
    # holds only the rest of its compressed size.
    write_zip("endless-deflate.xlsx", minimal_parts(sheet))
    data = read_bytes("endless-deflate.xlsx")
    local = local_header(data, b"xl/worksheets/sheet1.xml")
    size = int.from_bytes(data[local + 18:local + 22], "little")
    start = local + 30 + int.from_bytes(data[local + 26:local + 28], "little") + int.from_bytes(data[local + 28:local + 30], "little")
    data[start:start + size] = bytes([0x00, 0xFF, 0xFF, 0x00, 0x00]) + b"A" * (size - 5)
    write_bytes("endless-deflate.xlsx", data)

    complete = read_bytes("types.xlsx")
    write_bytes("cut-short.xlsx", complete[:len(complete) // 2])


def local_header(data, name):
    """The offset of the local file header of the entry called `name`."""
    return find_header(data, b"PK\x03\x04", 30, name)


def central_directory_header(data, name):
    """The offset of the central directory header of the entry called `name`."""
    return find_header(data, b"PK\x01\x02", 46, name)


def find_header(data, signature, name_offset, name):
    """The offset of the first header with `signature` whose name, `name_offset` bytes in, is `name`."""
    start = data.find(signature)
    while data[start + name_offset:start + name_offset + len(name)] != name:
        start = data.find(signature, start + 1)
    return start


def make_bombs():
    """A sheet padded with 3 MB of spaces, which deflate squeezes about a thousandfold: once with
    its true size in the ZIP headers, once with the headers claiming 1,000 bytes."""
    padding = " " * 3_000_000
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData>{padding}<row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>'
    write_zip("bomb.xlsx", minimal_parts(sheet))
    data = read_bytes("bomb.xlsx")
    name = b"xl/worksheets/sheet1.xml"
    true_size = len(sheet.encode("utf-8")).to_bytes(4, "little")
    claimed = (1000).to_bytes(4, "little")
    # The uncompressed size sits 22 bytes into a local file header and 24 into a central directory header.
    for header, size_offset in ((local_header(data, name), 22), (central_directory_header(data, name), 24)):
        assert data[header + size_offset:header + size_offset + 4] == true_size
        data[header + size_offset:header + size_offset + 4] = claimed
    write_bytes("lying-bomb.xlsx", data)


def make_membership_tables():
    """Membership tables as a spreadsheet holds them: a notes sheet first, the memberships on a
    Korean-named sheet with a title row above the header, numbers for ids, one row missing its
    institution and one with a value beyond the header's last column."""
    book = Workbook()
    notes = book.active
    notes.title = "안내"
    notes.append(["이 파일은 참여기관 목록입니다"])
    sheet = book.create_sheet("참여기관")
    sheet.append([])
    sheet.append(["과제번호", "기관명", "사업자번호", "역할", "유형", "지역"])
    sheet.append([1001, "한국과학기술원", 3148200000, "주관", "대학", "대전"])
    sheet.append([1001, "노타", 2208800000, "참여", "기업", "서울"])
    sheet.append([1002, "KAIST", 3148200000, "참여", "대학", "대전"])
    sheet.append([1002, "서울대학교", 1198200000, "주관", "대학", "서울"])
    book.save(path("members.xlsx"))
    sheet.append([1003, None, 1198200001, "참여", "대학", "서울"])
    sheet.append([1003, "고려대학교", 1198200002, "참여", "대학", "서울", "stray"])
    book.save(path("members-bad.xlsx"))


if __name__ == "__main__":
    make_membership_tables()
    make_types()
    make_handmade()
    make_bad_files()
    make_damaged_archives()
    make_bombs()
