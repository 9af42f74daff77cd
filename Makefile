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
        libicu-dev libcmark-dev cmark libmstch-dev libcurl4-openssl-dev
# ... and those the tests need besides: the browser test runs Debian's
# chromium with playwright-core and axe-core from npm (tests/browser); the
# mail tests run a real SMTP server (aiosmtpd) on 127.0.0.1.
TEST_DEPS := chromium python3-aiosmtpd

.PHONY: all deps test-deps configure build demo-data report test clean
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
# kfl synth succeeded, so an interrupted run starts over).
$(DEMO_DATA)/.generated: | build
	rm -rf $(DEMO_DATA)
	$(KFL) synth $(DEMO_DATA) --preset hedmark --seed 1
	touch $@

demo-data: $(DEMO_DATA)/.generated

report: build demo-data
	$(KFL) build $(DEMO_DATA) -o $(DEMO_OUT)

test: build test-deps
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

clean:
	rm -rf $(BUILD_DIR)
