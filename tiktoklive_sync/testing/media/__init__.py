"""Media FakeLiveServer serves: ``sample.flv``, made by ``make_sample.py``."""
