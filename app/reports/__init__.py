"""PDF building blocks on reportlab: CJK fonts, page templates, tables, QR codes, charts, numerals.

Qt-free, so services and the command line may import it.  Department plugins compose their documents from these.
"""
