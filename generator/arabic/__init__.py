"""Arabic language layer: normalisation, sentence segmentation, numbers, dates and gazetteer.

Modules: :mod:`.normalize` (folding for matching, with offsets back to the original),
:mod:`.segment` (``split_sentences``), :mod:`.numbers` (``find_numbers``, ``parse_number``),
:mod:`.dates` (``find_dates``, ``parse_date``), :mod:`.gazetteer` (``load_gazetteer``,
``find_titles``) and :mod:`.phrases` (the prefix-aware phrase matcher they share).
"""
