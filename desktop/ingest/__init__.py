"""Reading articles: files, URLs and pasted text -> Article."""
