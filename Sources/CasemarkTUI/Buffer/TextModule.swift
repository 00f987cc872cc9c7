// The screens measure, cut, wrap and clean text with CasemarkText, the module the reports use
// too; re-exported so that every view (and the screens' tests) sees CellWidth, TextLayout and
// VisibleText without importing it file by file.
@_exported import CasemarkText
