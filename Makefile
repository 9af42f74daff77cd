# The two front doors: `make` (build kfl and the demo report) and `make test`.
# Everything is done by cmake, ctest and kfl; this file only calls them.

BUILD_DIR ?= build
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)
KFL       := $(BUILD_DIR)/kfl
DEMO_DATA := data/demo
DEMO_OUT  := output

# Exactly the Debian packages the build needs.
DEPS := cmake make g++ pkg-config nlohmann-json3-dev libeigen3-dev libboost-dev \
        libssl-dev libcli11-dev libtbb-dev libgtest-dev libgmock-dev \
        libicu-dev libcmark-dev cmark libmstch-dev libcurl4-openssl-dev \
        libcairo2-dev libpango1.0-dev fonts-dejavu-core libbenchmark-dev
# ... and those the tests need besides: the browser test runs Debian's
# chromium with playwright-core and axe-core from npm (tests/browser); the
# mail tests run a real SMTP server (aiosmtpd) on 127.0.0.1; the PDF tests read
# the reports with poppler-utils (pdfinfo, pdftotext, pdffonts) and qpdf --check.
TEST_DEPS := chromium python3-aiosmtpd poppler-utils qpdf

.PHONY: all deps test-deps configure build demo-data report test bench chart-references gallery clean
all: report

# Installs the packages that are missing (as root directly, otherwise via sudo).
define install_missing
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	$(2) \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call install_missing,$(DEPS),)

test-deps:
	$(call install_missing,$(TEST_DEPS),command -v node >/dev/null || missing="$$missing nodejs"; command -v npm >/dev/null || missing="$$missing npm";)

configure: deps
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# The synthetic demo county, generated once (the stamp is written only when
# kfl synth succeeded, so an interrupted run starts over), and again when
# the generator's sources change.
$(DEMO_DATA)/.generated: $(wildcard src/synth/*.cpp src/synth/*.h src/synth/instruments/*.json) | build
	rm -rf $(DEMO_DATA)
	$(KFL) synth $(DEMO_DATA) --preset hedmark --seed 1
	touch $@

demo-data: $(DEMO_DATA)/.generated

report: build demo-data
	$(KFL) build $(DEMO_DATA) -o $(DEMO_OUT)

test: build test-deps
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

# Charts per second per kind and format, the build's stages and class PDFs
# per second (one core; bench/results/charts.csv, stages.csv, pdf.csv), the whole hedmark build with both
# sites (pages per second; site_pages.csv), and full / unchanged / one-school
# rebuilds (incremental.csv). NORWAY=1 adds one norway build (big: minutes).
bench: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS) --target kfl_chart_bench kfl_stage_bench kfl_pdf_bench kfl
	@mkdir -p bench/results
	$(BUILD_DIR)/bench/kfl_chart_bench --benchmark_min_time=0.3 --benchmark_out=bench/results/charts.csv --benchmark_out_format=csv
	$(BUILD_DIR)/bench/kfl_stage_bench --benchmark_min_time=0.3 --benchmark_out=bench/results/stages.csv --benchmark_out_format=csv
	$(BUILD_DIR)/bench/kfl_pdf_bench --benchmark_min_time=1 --benchmark_repetitions=3 --benchmark_report_aggregates_only=true --benchmark_out=bench/results/pdf.csv --benchmark_out_format=csv
	bench/site_pages.sh hedmark 3 $(KFL)
	bench/incremental.sh hedmark 3 $(KFL)
	@if [ -n "$(NORWAY)" ]; then bench/incremental.sh norway 1 $(KFL); fi

# Rewrites tests/chart/reference/*.png from the current code; look at them
# (git diff shows which changed) before committing.
chart-references: build
	KFL_UPDATE_REFERENCES=1 ctest --test-dir $(BUILD_DIR) -R 'MatchesReferenceImage' --output-on-failure

# Every chart kind and edge case as SVG, PNG and one PDF, to look at.
gallery: build demo-data
	$(KFL) gallery $(BUILD_DIR)/gallery --data $(DEMO_DATA)

clean:
	rm -rf $(BUILD_DIR)
