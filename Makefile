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
        libcairo2-dev libpango1.0-dev libqpdf-dev fonts-dejavu-core libbenchmark-dev libreadstat-dev \
        libxlsxwriter-dev
# ... and those the tests need besides: the browser test runs Debian's
# chromium with playwright-core and axe-core from npm (tests/browser); the
# mail tests run a real SMTP server (aiosmtpd) on 127.0.0.1; the PDF tests read
# the reports with poppler-utils (pdfinfo, pdftotext, pdffonts) and qpdf --check;
# the Excel workbooks are read back with openpyxl (tests/e2e/read_xlsx.py);
# clang-14 and its runtime build the sanitizer build and the libFuzzer
# targets (`make test-asan`, `make fuzz`).
TEST_DEPS := chromium python3-aiosmtpd poppler-utils qpdf clang-14 libclang-rt-14-dev python3-openpyxl

.PHONY: all deps test-deps configure build demo-data report test test-fast asan-build test-asan fuzz fuzz-run bench chart-references gallery clean
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
	@cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=Release >/dev/null

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

# The whole suite, then the sanitizer suite with a few seconds of each
# fuzzer (test-asan below); `make test-fast` is the first half alone.
test: test-fast
	$(MAKE) --no-print-directory test-asan

test-fast: build test-deps
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

# The sanitizer build (clang-14, -O1, ASan + UBSan + libFuzzer's coverage, in
# $(ASAN_DIR)): kfl_core (model, io, text, stats, privacy, the data files),
# its tests and the libFuzzer targets; drawing and the e2e tests are left
# out to keep CI short (see the README). `make test-asan` runs those tests
# and FUZZ_SECONDS (5) of each fuzzer; any sanitizer report fails.
ASAN_DIR   ?= build-asan
ASAN_FLAGS := -O1 -gline-tables-only -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all \
              -fsanitize=fuzzer-no-link
test-asan fuzz-run: export ASAN_OPTIONS := detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1
test-asan fuzz-run: export UBSAN_OPTIONS := print_stacktrace=1:halt_on_error=1
asan-build: deps test-deps
	@CC=clang-14 CXX=clang++-14 cmake -S . -B $(ASAN_DIR) -DKFL_SANITIZE=ON -DCMAKE_BUILD_TYPE=Sanitize \
	  -DCMAKE_CXX_FLAGS_SANITIZE="$(ASAN_FLAGS)" -DCMAKE_EXE_LINKER_FLAGS_SANITIZE="-fsanitize=address,undefined" >/dev/null
	@cmake --build $(ASAN_DIR) -j $(JOBS)

test-asan: asan-build
	ctest --test-dir $(ASAN_DIR) --output-on-failure -j $(JOBS)
	$(MAKE) --no-print-directory fuzz-run FUZZ_SECONDS=5

# The libFuzzer targets for the CSV and responses readers, the JSON
# instrument/project readers, units.csv and the Markdown narratives: each
# runs FUZZ_SECONDS, one after the other, from the committed corpus
# (tests/fuzz/corpus/<target>); what it finds new goes to
# $(ASAN_DIR)/corpus/<target>, a crash to $(ASAN_DIR)/crashes/.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := csv json units markdown
fuzz: asan-build
	$(MAKE) --no-print-directory fuzz-run

fuzz-run:
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(ASAN_DIR)/corpus/$$t $(ASAN_DIR)/crashes; \
	  $(ASAN_DIR)/tests/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=2048 \
	    -print_final_stats=1 -artifact_prefix=$(ASAN_DIR)/crashes/$$t- \
	    $(ASAN_DIR)/corpus/$$t tests/fuzz/corpus/$$t 2>$(ASAN_DIR)/fuzz_$$t.log \
	    || { tail -40 $(ASAN_DIR)/fuzz_$$t.log; exit 1; }; \
	  echo "fuzz_$$t: $(FUZZ_SECONDS) s, $$(grep -o 'number_of_executed_units: *[0-9]*' $(ASAN_DIR)/fuzz_$$t.log | grep -o '[0-9]*$$') runs"; \
	done

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
	rm -rf $(BUILD_DIR) $(ASAN_DIR)
