"""Build the sample PDF report in data/reports/ with fpdf2.

Run from the repository root: ``.venv/bin/python data/make_sample_pdf.py``. The PDF is committed;
rerun this only after changing the text below. Its metadata (title, author, creation date) is
set on purpose, since the PDF loader reads the title and the date from there.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF

OUT = Path(__file__).parent / "reports" / "unodc-fia-prosecutors-training-2024.pdf"
TITLE = "UNODC and FIA train prosecutors on trafficking cases in Karachi"
AUTHOR = "UNODC Country Office Pakistan"
PUBLISHED = datetime(2024, 7, 2, 10, 0, tzinfo=UTC)

PARAGRAPHS = [
    "Karachi, 2 July 2024 - A five-day training course for prosecutors and investigators on "
    "trafficking in persons and the smuggling of migrants began in Karachi on Tuesday. The "
    "course was organized by the UN Office on Drugs and Crime in collaboration with the "
    "Federal Investigation Agency and the Sindh Prosecution Department.",
    "The opening session was attended by FIA Director General Tariq Mahmood Qureshi, Sindh "
    "Prosecutor General Rubina Shah, UNODC Country Representative Helena Marsh and the "
    "Consul General of the Netherlands in Karachi, Joost Bakker.",
    "In her welcome remarks, Helena Marsh said that strong cases depend on the testimony of "
    "victims, and that victims testify only when they feel safe. She thanked the Embassy of "
    "the Netherlands for funding the course and pledged that UNODC would continue to mentor "
    "the prosecutors during their first trials under the 2018 trafficking law.",
    "The Director General of the Federal Investigation Agency commended the Sindh Prosecution "
    "Department for setting up a dedicated trafficking desk and vowed that the FIA would "
    "share case files with prosecutors at an earlier stage of investigations.",
    "Rubina Shah stressed the need to shorten trials, which she said now last on average "
    "more than three years, and called for special courts for trafficking cases in every "
    "division of the province.",
    "The course covers financial investigations, interviews of child victims, digital "
    "evidence and cooperation with the countries of destination. A second course for "
    "judges is planned for the autumn.",
]


def build(out: Path = OUT) -> Path:
    """Write the sample PDF to ``out`` and return the path."""
    pdf = FPDF(format="A4")
    pdf.set_title(TITLE)
    pdf.set_author(AUTHOR)
    pdf.set_creation_date(PUBLISHED)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(0, 8, TITLE)
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 10)
    pdf.multi_cell(0, 6, f"From the {AUTHOR}")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    for paragraph in PARAGRAPHS:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(4)
    out.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(out))
    return out


if __name__ == "__main__":
    print(build())
