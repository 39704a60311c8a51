#include "cli_messages.h"

#include <array>
#include <cstddef>

namespace lkjip {
namespace {

struct CliText {
  CliMessage message;
  Phrase phrase;
};

// In the order of the enumerators; a test checks that each is where its enumerator says.
constexpr std::array kCliTexts = {
    CliText{CliMessage::kAppDescription,
            "lkjip: aritmetika tabel bab III Laporan Kinerja Instansi Pemerintah (LKjIP) yang "
            "tepat dan dapat diperiksa.\n"
            "Status keluar: 0 berhasil, 1 data gagal diperiksa, 2 kesalahan pemakaian atau "
            "masukan.",
            "lkjip: exact, checkable arithmetic for the chapter III tables of an Indonesian "
            "government performance report (LKjIP).\n"
            "Exit status: 0 success, 1 the data failed a check, 2 usage or input error."},
    CliText{CliMessage::kHelpFlag, "Tampilkan bantuan ini lalu keluar",
            "Print this help message and exit"},
    CliText{CliMessage::kVersionFlag, "Tampilkan versi dan build lalu keluar",
            "Display program version information and exit"},
    CliText{CliMessage::kOptionsGroup, "Opsi", "Options"},
    CliText{CliMessage::kCommandsGroup, "Perintah", "Subcommands"},
    CliText{CliMessage::kArgumentsGroup, "Argumen", "Positionals"},
    CliText{CliMessage::kUsageLabel, "Pemakaian", "Usage"},
    CliText{CliMessage::kOptionsLabel, "OPSI", "OPTIONS"},
    CliText{CliMessage::kCommandLabel, "PERINTAH", "SUBCOMMAND"},
    CliText{CliMessage::kRequiredLabel, "WAJIB", "REQUIRED"},
    CliText{CliMessage::kTextType, "TEKS", "TEXT"},
    CliText{CliMessage::kNumberType, "BILANGAN", "UINT"},
    CliText{CliMessage::kHelpCommand, "Tampilkan bantuan lkjip atau satu PERINTAH",
            "Show the help of lkjip or of one COMMAND"},
    CliText{CliMessage::kHelpCommandArgument, "Perintah yang dijelaskan", "The command to explain"},
    CliText{CliMessage::kVersionCommand,
            "Tampilkan versi dan build-nya (commit, compiler, pustaka)",
            "Show the version and the build (commit, compiler, libraries)"},
    CliText{CliMessage::kNoCommand, "lkjip: tidak ada perintah \"{0}\"",
            "lkjip: no command \"{0}\""},
    CliText{CliMessage::kDidYouMean, "; maksud Anda \"{0}\"?", "; did you mean \"{0}\"?"},
    CliText{CliMessage::kRunHelp, "Jalankan lkjip help untuk daftar perintah.",
            "Run lkjip help for the commands."},
    CliText{CliMessage::kHelpNoCommand, "lkjip help: tidak ada perintah \"{0}\"",
            "lkjip help: no command \"{0}\""},
    CliText{CliMessage::kInternalError, "lkjip: kesalahan internal: {0}",
            "lkjip: internal error: {0}"},
    CliText{CliMessage::kNameACommand,
            "lkjip: sebutkan perintahnya ({0}); lkjip help menjelaskan semuanya",
            "lkjip: name a command ({0}); lkjip help explains them"},
    CliText{CliMessage::kSeeHelp, "Bantuan: {0}", "Help: {0}"},
    CliText{CliMessage::kUnknownOption, "opsi \"{0}\" tidak dikenal", "no option \"{0}\""},
    CliText{CliMessage::kUnexpectedValue, "argumen \"{0}\" tidak diharapkan di sini",
            "the argument \"{0}\" was not expected"},
    CliText{CliMessage::kRequired, "{0} wajib diberikan", "{0} is required"},
    CliText{CliMessage::kNeedsValue, "{0} memerlukan nilai", "{0} needs a value"},
    CliText{CliMessage::kNotANumber, "{0}: diharapkan bilangan bulat positif, ditemukan \"{1}\"",
            "{0}: expected a positive whole number, found \"{1}\""},
    CliText{CliMessage::kNotOneOf, "{0} bukan salah satu dari {1}", "{0} not in {1}"},
    CliText{CliMessage::kNotOneOfNearest, "{0}: maksud Anda \"{1}\"? (salah satu dari {2})",
            "{0}: did you mean \"{1}\"? (one of {2})"},
    CliText{CliMessage::kOtherUsageError, "baris perintah tidak dapat dibaca: {0}",
            "the command line cannot be read: {0}"},
    CliText{CliMessage::kFilesArgument,
            "Berkas data (JSON lkjip/1 atau workbook masukan, .xlsx), atau direktori berisi "
            "berkas itu",
            "Data files (lkjip/1 JSON or input workbooks, .xlsx), or directories of them"},
    CliText{CliMessage::kFormatOption, "{0}; tanpa opsi ini, ekstensi -o yang menentukan",
            "{0}; without it, the extension of -o decides"},
    CliText{CliMessage::kFormatDefault, "bawaan", "the default"},
    CliText{CliMessage::kOutputOption,
            "Tulis ke berkas ini (utuh, atau tidak sama sekali), bukan ke stdout",
            "Write to this file (written whole, or not at all) instead of stdout"},
    CliText{CliMessage::kLocaleOption,
            "csv dan tsv: c (tanda desimal '.', ',' antarkolom) atau id (tanda desimal ',', ';' "
            "antarkolom csv: yang dibuka langsung oleh Excel berbahasa Indonesia)",
            "csv and tsv: c ('.' decimal mark, ',' between fields) or id (',' decimal mark, ';' "
            "between csv fields: what Excel set to Indonesian opens)"},
    CliText{CliMessage::kHeaderOption,
            "csv dan tsv: keys (satu baris kunci kolom yang tetap: untuk skrip) atau labels (BOM "
            "UTF-8, satu baris judul per tabel, judul kolom dalam bahasa --lang, t.d.[n] dengan "
            "catatan kaki: untuk orang); bawaannya labels dengan --locale id, selain itu keys",
            "csv and tsv: keys (one row of the stable column keys: for scripts) or labels (a "
            "UTF-8 BOM, a title row per table, the column titles in the --lang language, t.d.[n] "
            "with footnotes: for people); the default: labels with --locale id, else keys"},
    CliText{CliMessage::kColorOption,
            "text: judul dan total tebal; auto memakainya di terminal kecuali NO_COLOR diisi "
            "atau TERM=dumb",
            "text: bold titles and totals; auto uses them on a terminal unless NO_COLOR is set "
            "or TERM=dumb"},
    CliText{CliMessage::kLangOutputOption,
            "Label, judul dan pesan dalam id (bahasa Indonesia) atau en (bahasa Inggris); "
            "angkanya tidak berubah",
            "Labels, headings and messages in id (Indonesian) or en (English); the figures do "
            "not change"},
    CliText{CliMessage::kLangCheckOption,
            "Pesan dalam id (bahasa Indonesia) atau en (bahasa Inggris); kode, path dan kunci "
            "JSON tidak berubah",
            "Messages in id (Indonesian) or en (English); codes, paths and JSON keys do not "
            "change"},
    CliText{CliMessage::kLangExplainOption,
            "Label dan pesan dalam id (bahasa Indonesia) atau en (bahasa Inggris); nama angka "
            "tidak berubah",
            "Labels and messages in id (Indonesian) or en (English); figure names do not "
            "change"},
    CliText{CliMessage::kLangWorkbookOption,
            "Bahasa lembar dan judul kolom workbook, dan bahasa pesan: id atau en",
            "Language of the workbook's sheets and headings, and of messages: id or en"},
    CliText{CliMessage::kLangHelpOption,
            "Bahasa bantuan dan pesan: id (bahasa Indonesia) atau en (bahasa Inggris)",
            "Language of the help and messages: id (Indonesian) or en (English)"},
    CliText{CliMessage::kJobsOption,
            "Banyak berkas yang dibaca sekaligus (bawaan: satu per inti CPU); hasilnya sama",
            "Files read at once (default: one per core); the output is the same"},
    CliText{CliMessage::kJobsTrendOption,
            "Banyak berkas yang dibaca sekaligus (bawaan: satu per inti CPU)",
            "Files read at once (default: one per core)"},
    CliText{CliMessage::kPeriodOption,
            "Bagian tahun yang dilaporkan, menggantikan reporting_period berkas data: q1-q4 "
            "(triwulan), m1-m12 (bulan) atau year; angka sepanjang tahun diambil sampai "
            "akhir bagian itu",
            "The part of the year the report covers, instead of the data file's "
            "reporting_period: q1-q4 (triwulan), m1-m12 (month) or year; figures through the "
            "year are taken to its end"},
    CliText{CliMessage::kStrictComputeOption,
            "Peringatan menggagalkan perintah: status keluar 1 (hasilnya tetap ditulis)",
            "A warning fails the command: exit status 1 (the output is still written)"},
    CliText{CliMessage::kStrictCheckOption, "Peringatan juga menggagalkan pemeriksaan",
            "Warnings fail the check too"},
    CliText{CliMessage::kForceOption, "Timpa berkasnya bila sudah ada",
            "Replace the file if it exists"},
    CliText{CliMessage::kComputeDescription,
            "Hitung tabel bab III (capaian, serapan anggaran, efisiensi) dari berkas data dan "
            "cetak; dari beberapa berkas atau satu direktori, rekap unit-unitnya.",
            "Compute the tables of chapter III (capaian, budget absorption, efficiency) from a "
            "data file and print them; from several files or a directory, the roll-up of their "
            "units."},
    CliText{CliMessage::kTableOption,
            "Cetak tabel ini saja (lihat Tabel di bawah); ulangi untuk beberapa tabel",
            "Print only this table (see Tables below); repeat for several"},
    CliText{CliMessage::kTablesHeading, "Tabel:", "Tables:"},
    CliText{CliMessage::kComputeFooter,
            "Dengan beberapa berkas atau satu direktori (berkas *.json dan *.xlsx-nya): satu\n"
            "tabel, rekap: per unit rata-rata capaian dan skor indikator kinerja utama,\n"
            "predikat, pagu, realisasi, serapan dan efisiensi, diperingkat menurut skor\n"
            "rata-rata yang tepat (skor sama, peringkat sama: 1, 2, 2, 4; skor yang tidak dapat\n"
            "dihitung, tanpa peringkat); total dari jumlah pagu dan realisasi. Unit dibedakan\n"
            "menurut nama dan tahun; dua berkas untuk unit dan tahun yang sama adalah kesalahan;\n"
            "berkas dari tahun berbeda diberi peringatan yang menyebut tahunnya. Berkas yang\n"
            "tidak dapat dibaca disebut di stderr, berkas lain tetap direkap, dan status\n"
            "keluarnya 2.\n"
            "\n"
            "Angka dihitung tepat lalu dibulatkan setengah ke atas pada 2 desimal. capaian =\n"
            "R/T x 100 (makin tinggi makin baik), (2T-R)/T x 100 (makin rendah makin baik);\n"
            "skor = capaian dalam [score_floor, score_cap], bawaan [0, 100]; rata-rata dari\n"
            "nilai yang dicetak; serapan = jumlah realisasi / jumlah pagu x 100 di setiap\n"
            "tingkat. Angka yang tidak dapat dihitung tampil t.d.[n] dengan alasannya di\n"
            "catatan [n].\n"
            "\n"
            "Status keluar: 0 berhasil, 1 ada peringatan dengan --strict, 2 kesalahan pemakaian\n"
            "atau masukan (BERKAS:BARIS:KOLOM: error: /path: pesan).",
            "With several files or a directory (its *.json and *.xlsx files): one table, rekap:\n"
            "per unit the key indicators' mean capaian and score, rating, pagu, spending,\n"
            "absorption and efficiency, ranked by exact mean score (equal scores share a rank:\n"
            "1, 2, 2, 4; a score that cannot be computed, no rank); totals from the summed pagu\n"
            "and spending. Units are told apart by name and year; two files for the same unit\n"
            "and year are an error; files of different years are a warning naming the years. A\n"
            "file that cannot be read is named on stderr, the others are still rolled up, and\n"
            "the exit status is 2.\n"
            "\n"
            "Figures are exact and rounded half-up at 2 decimals. capaian = R/T x 100 (higher is\n"
            "better), (2T-R)/T x 100 (lower is better); score = capaian within [score_floor,\n"
            "score_cap], default [0, 100]; means are of the printed values; absorption = sum of\n"
            "spending / sum of pagu x 100 at every level. A figure that cannot be computed shows\n"
            "t.d.[n] with its reason in footnote [n].\n"
            "\n"
            "Exit status: 0 success, 1 a warning with --strict, 2 usage or input error\n"
            "(FILE:LINE:COL: error: /path: message)."},
    CliText{CliMessage::kTableOfOneReport,
            "lkjip compute: --table memilih tabel satu laporan; rekap hanya punya satu tabel",
            "lkjip compute: --table selects the tables of one report; a roll-up has one table"},
    CliText{CliMessage::kSameUnitAndYear,
            "{0} {1} juga laporan dalam {2}; satu berkas per unit dan tahun",
            "{0} {1} is also the report of {2}; one file per unit and year"},
    CliText{CliMessage::kWarningPrefix, "lkjip {0}: warning: ", "lkjip {0}: warning: "},
    CliText{CliMessage::kExplainDescription,
            "Jelaskan cara setiap angka tabel yang disebut dihitung: rumusnya dalam kata dan "
            "simbol, setiap "
            "masukan beserta tempat ia dibaca (path JSON atau sel workbook), nilai antara yang "
            "tepat dan pembulatannya.",
            "Explain how each named figure of the tables was computed: the formula in words and "
            "symbols, every input with where it was read (its JSON path, or its workbook cell), "
            "the exact intermediate values and the rounding."},
    CliText{CliMessage::kExplainFileArgument,
            "Berkas data: JSON lkjip/1 atau workbook masukan (.xlsx)",
            "Data file: lkjip/1 JSON or an input workbook (.xlsx)"},
    CliText{CliMessage::kFigureArgument,
            "Nama angkanya, TABEL/BARIS/KOLOM, misalnya iku/AKIP/capaian; beberapa nama "
            "dijelaskan berurutan, dipisah satu baris kosong",
            "The figure's name, TABLE/ROW/COLUMN, e.g. iku/AKIP/capaian; several names are "
            "explained one after another, a blank line between two"},
    CliText{CliMessage::kListOption, "Sebutkan nama semua angka",
            "List the names of every figure instead"},
    CliText{CliMessage::kExplainFooter,
            "Nama-namanya tetap: tabel seperti dipilih --table, kunci baris dan kunci kolom, "
            "seperti ditampilkan `compute --format json`.",
            "Names are stable: the table as --table selects it, the row's key and the column's "
            "key, as `compute --format json` shows them."},
    CliText{CliMessage::kNameAFigure,
            "lkjip explain: sebutkan ANGKA (TABEL/BARIS/KOLOM) atau berikan --list",
            "lkjip explain: name a FIGURE (TABLE/ROW/COLUMN) or give --list"},
    CliText{CliMessage::kNoFigureNamed, "lkjip explain: tidak ada angka bernama \"{0}\"",
            "lkjip explain: no figure named \"{0}\""},
    CliText{CliMessage::kListHint, " (`lkjip explain {0} --list` menyebut semuanya)",
            " (`lkjip explain {0} --list` names them all)"},
    CliText{CliMessage::kCheckDescription,
            "Periksa laporan: setiap angka yang dicetaknya (entri \"printed\" berkas data) "
            "dibandingkan dengan hasil hitungan pada ketelitian cetaknya, dan konsistensi "
            "datanya (bagian yang harus berjumlah sama, realisasi di atas pagu, indikator yang "
            "sama dengan angka berbeda).",
            "Check a report: every figure it prints (the data file's \"printed\" entries) "
            "against the computed one at the precision it is printed with, and the data's "
            "consistency (parts that must add up, spending above pagu, the same indicator given "
            "different figures)."},
    CliText{CliMessage::kCheckFormatOption,
            "Temuan sebagai text (BERKAS:BARIS:KOLOM: error: /path: pesan, lalu ringkasan) atau "
            "json",
            "Findings as text (FILE:LINE:COL: error: /path: message, then a summary) or json"},
    CliText{CliMessage::kCheckFooter,
            "Temuan ditulis berkas demi berkas, menurut urutan berkas. Berkas yang tidak dapat "
            "dibaca disebut di stderr, berkas lain tetap diperiksa, dan status keluarnya 2.\n"
            "Status keluar: 0 tidak ada kesalahan (dan tidak ada peringatan dengan --strict), 1 "
            "data gagal diperiksa, 2 kesalahan pemakaian atau masukan.",
            "Findings are written file by file, in the order of the files. A file that cannot "
            "be read is named on stderr, the others are still checked, and the exit status is "
            "2.\n"
            "Exit status: 0 no error (and no warning with --strict), 1 the data failed a check, "
            "2 usage or input error."},
    CliText{CliMessage::kTrendDescription,
            "Satu unit dari tahun ke tahun dari berkas tahunannya (2022.json 2023.json "
            "2024.json): realisasi dan capaian setiap indikator kinerja utama dan program per "
            "tahun, dicocokkan menurut id, perubahannya antartahun, serta skor rata-rata dan "
            "serapan unit per tahun.",
            "One unit across years from its yearly files (2022.json 2023.json 2024.json): each "
            "key and program indicator's actual and capaian per year, matched by id, the changes "
            "between years, and the unit's mean score and absorption per year."},
    CliText{CliMessage::kTrendFilesArgument,
            "Berkas data tahunan unit itu, atau direktori berisi berkas itu",
            "The unit's yearly data files, or a directory of them"},
    CliText{CliMessage::kTrendFooter,
            "Berkas-berkasnya harus dari satu unit, satu per tahun; indikator yang satuan atau "
            "polaritasnya berbeda antartahun adalah kesalahan (status keluar 2).",
            "The files must be of one unit, one per year; an indicator whose unit or polarity "
            "differs between years is an error (exit 2)."},
    CliText{CliMessage::kOtherUnit, "laporan {0}, bukan {1} seperti {2}",
            "a report of {0}, not of {1} like {2}"},
    CliText{CliMessage::kSecondReportYear, "laporan kedua untuk {0}; satu berkas per tahun",
            "a second report for {0}; one file per year"},
    CliText{CliMessage::kInitDescription,
            "Tulis workbook masukan untuk diisi di Excel atau LibreOffice: satu lembar yang "
            "menjelaskan caranya, lalu satu lembar per bagian laporan, dengan daftar pilihan dan "
            "catatan pada judul kolom. compute, check, explain dan trend membaca workbook yang "
            "sudah diisi secara langsung.",
            "Writes an input workbook to fill in Excel or LibreOffice: a sheet that explains "
            "how, then one sheet per part of the report, with drop-down lists and notes on the "
            "headings. compute, check, explain and trend read the filled workbook directly."},
    CliText{CliMessage::kInitOutputOption, "Workbook yang ditulis (.xlsx)",
            "The workbook to write (.xlsx)"},
    CliText{CliMessage::kExampleOption, "Isi dengan laporan contoh (LKjIP 2024 Kecamatan Kesamben)",
            "Fill it with the example report (LKjIP 2024 of Kecamatan Kesamben)"},
    CliText{CliMessage::kInitFooter,
            "Contoh: lkjip init -o kesamben.xlsx, lalu lkjip compute kesamben.xlsx",
            "Example: lkjip init -o kesamben.xlsx, then lkjip compute kesamben.xlsx"},
    CliText{CliMessage::kConvertDescription,
            "Ubah berkas data dari satu format masukan ke format lain tanpa kehilangan apa pun: "
            "berkas JSON lkjip/1 menjadi workbook masukan (.xlsx) atau workbook menjadi JSON. "
            "Nama keluarannya menentukan formatnya.",
            "Converts a data file between the input formats, losslessly: an lkjip/1 JSON file "
            "into an input workbook (.xlsx) or a workbook into JSON. The output's name says its "
            "format."},
    CliText{CliMessage::kConvertFileArgument, "Berkas data yang dibaca (.json atau .xlsx)",
            "The data file to read (.json or .xlsx)"},
    CliText{CliMessage::kConvertOutputOption, "Berkas yang ditulis: NAMA.xlsx atau NAMA.json",
            "The file to write: NAME.xlsx or NAME.json"},
    CliText{CliMessage::kFileExists,
            "berkas itu sudah ada; pilih nama lain, atau tambahkan --force untuk menimpanya",
            "the file exists; choose another name, or add --force to replace it"},
    CliText{CliMessage::kWorkbookName,
            "nama workbook harus berakhiran .xlsx (lkjip init -o kesamben.xlsx)",
            "the workbook's name must end in .xlsx (lkjip init -o kesamben.xlsx)"},
    CliText{CliMessage::kConvertName, "nama keluaran harus berakhiran .xlsx (workbook) atau .json",
            "the output's name must end in .xlsx (a workbook) or .json"},
    CliText{CliMessage::kNoMemory, "memori tidak cukup untuk membaca berkas ini",
            "not enough memory to read this file"},
    CliText{CliMessage::kCannotList, "isinya tidak dapat didaftar: {0}", "cannot list: {0}"},
    CliText{CliMessage::kNoDataFiles, "tidak ada berkas data .json atau .xlsx di direktori ini",
            "no .json or .xlsx data files in this directory"},
    CliText{CliMessage::kFilesDone, "{0}/{1} berkas", "{0}/{1} files"},
    CliText{CliMessage::kCannotTellFormat,
            "lkjip: format \"{0}\" tidak dapat ditentukan; berikan -O ({1})",
            "lkjip: cannot tell the format from \"{0}\"; give -O ({1})"},
    CliText{CliMessage::kBinaryOutput, "lkjip: {1} {0} berupa biner; tulis dengan -o BERKAS{2}",
            "lkjip: an {0} {1} is binary; write it with -o FILE{2}"},
    CliText{CliMessage::kCannotWriteOutput, "keluaran tidak dapat ditulis",
            "cannot write the output"},
    CliText{CliMessage::kCannotOpen, "tidak dapat dibuka: {0}", "cannot open it: {0}"},
    CliText{CliMessage::kCannotCreate, "tidak dapat dibuat: {0}", "cannot create it: {0}"},
    CliText{CliMessage::kCannotWrite, "tidak dapat ditulis: {0}", "cannot write it: {0}"},
    CliText{CliMessage::kIsADirectory, "ini direktori, diharapkan berkas untuk ditulis",
            "is a directory, expected a file to write"},
    CliText{CliMessage::kCannotWriteTemporary, "berkas sementara {0} tidak dapat ditulis: {1}",
            "cannot write the temporary file {0}: {1}"},
    CliText{CliMessage::kStandardInputTwice,
            "masukan standar hanya dapat dibaca sekali: sebut - satu kali saja",
            "standard input can be read only once: name - once only"},
    CliText{CliMessage::kSkippedOwnOutput, "{0} dilewati: berkas ini keluaran lkjip sendiri ({1})",
            "skipped {0}: it is lkjip's own output ({1})"},
    CliText{CliMessage::kWorkbookTextTooLong,
            "sel {0}: teks {1} karakter, lebih dari yang dimuat sel buku kerja ({2})",
            "cell {0}: a text of {1} characters, more than a workbook's cell holds ({2})"},
    CliText{CliMessage::kWorkbookTooManyRows,
            "lembar \"{0}\" memerlukan {1} baris, lebih dari yang dimuat lembar buku kerja ({2})",
            "sheet \"{0}\" needs {1} rows, more than a workbook's sheet holds ({2})"},
    CliText{CliMessage::kWorkbookOtherFormat,
            "tidak ada yang ditulis; pilih format lain (-O csv atau -O json) atau lebih sedikit "
            "tabel (--table)",
            "nothing was written; choose another format (-O csv or -O json) or fewer tables "
            "(--table)"},
    CliText{CliMessage::kWorkbookUseJson, "tidak ada yang ditulis; simpan sebagai .json",
            "nothing was written; write a .json"},
};

static_assert(kCliTexts.size() == static_cast<std::size_t>(CliMessage::kLast) + 1,
              "every command-line message has its texts");

}  // namespace

const Phrase& phrase_of(CliMessage message) {
  return kCliTexts[static_cast<std::size_t>(message)].phrase;
}

CliMessage cli_message_at(std::size_t index) {
  return kCliTexts[index].message;
}

}  // namespace lkjip
