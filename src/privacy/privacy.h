// privacy: pure functions from computed statistics to disclosure decisions
// (issue 3). Nothing here reads files or formats output; every output layer
// (data files now; charts, pages and PDFs later) asks these decisions, so
// the rules exist once.
//
//   audience.h       who reads an output: levels shown, min_n, min_cell
//   disclosure.h     aggregates: primary and complementary suppression, with
//                    the algorithm and its guarantee
//   linear_system.h  which unknowns of a linear system are determined (the
//                    attacker's question, answered exactly)
//   category.h       response-category counts: min_cell, sensitive items
//   reason.h         the words shown next to the dash of a hidden figure
//
// The guard against identifiers in the input lives with the reader
// (io/personal_identifier.h), since nothing identifying may get past it.
#pragma once

#include "privacy/audience.h"
#include "privacy/category.h"
#include "privacy/disclosure.h"
#include "privacy/linear_system.h"
#include "privacy/reason.h"
