# Exports the NINTH fresh held-out set of the backtest (`npm run eval -- backtest --half=fresh9`) to
# test/fixtures/series/fresh9-series.json. Run once, where R is installed (r-base-core; `foreign` ships with it),
# from the repository root:
#   apt-get download python3-statsmodels && dpkg-deb -x python3-statsmodels_0.13.5+dfsg-7_all.deb X
#   Rscript src/local/eval/reference/export-fresh9-series.R test/fixtures/series/fresh9-series.json \
#     X/usr/lib/python3/dist-packages/statsmodels
# (X/…: the unpacked Debian package; only the three files named below are read; nothing is installed or run.)
# Built on 2026-12-06 (fresh9, issue 11) for more unseen evidence of a BUSINESS kind: US orders, sales, trade,
# inventories, construction, housing, prices of goods and capacity. Where it comes from, and why there:
# no package of npm or Debian 12 that no earlier set reads was found to hold such series (fcst52 and fresh8,
# MEASUREMENTS; this session again: the r-cran-* data packages the brief named — fpp2, fpp3, tsdl, expsmooth,
# Mcomp, Tcomp, fma, wooldridge, astsa, Ecdat, vars — are not in Debian 12's archive; a scan of every data set
# of the ~420 R packages installed here finds no unread monthly or quarterly business series; gretl-data's
# remaining files are fresh4's leave-outs; python3-vega-datasets is vega-datasets again; python3-pandas ships
# no such data). The Debian package python3-statsmodels 0.13.5 is read by fresh5, but only ONE file of it
# (statsmodels/datasets/elec_equip.csv: euro-area electrical-equipment turnover; its macrodata, danish_data and
# interest_inflation were left out there). This set reads three OTHER files of it, which no set reads — the
# data of statsmodels' own test suite, each a data set of its own from its own source:
#   tsa/statespace/tests/results/frbny_nowcast/Nowcasting/data/US/2016-07-29.csv — the Federal Reserve Bank
#       of New York's Staff Nowcast panel (Bok et al. 2018) as of July 29, 2016: FRED series by their codes,
#       monthly (quarterly ones on the quarter's last month), 1985-2016;
#   tsa/holtwinters/tests/results/housing-data.csv — FRED's HOUSTNSA, US housing starts (thousands of units,
#       not seasonally adjusted), monthly, 1959-2018;
#   tsa/statespace/tests/results/manufac.dta — "St. Louis Fed (FRED) manufacturing data" (Stata): average weekly
#       hours in manufacturing (AWHMAN) and capacity utilization in manufacturing (MCUMFN), monthly, 1972-2008.
# Rules fixed BEFORE ANY RUN (nothing of ours or R's had been computed on these series):
#   - one vintage: of the nowcast panel's two files (2016-06-29 and 2016-07-29, the same series a month apart,
#     revised), only the later is read;
#   - the window: at most the last 240 months (MAX_POINTS, as fresh8), or every quarter of a quarterly series
#     (125); a series' longest complete stretch within it (add());
#   - left out, as a quantity an earlier set holds for the same economy over five or more of the exported years
#     (checked by DATA, not by package name: every earlier set's US monthly and quarterly series ending after
#     2001 were listed with their windows before writing this; named in EARLIER_QUANTITIES below): payroll
#     employment (PAYEMS: fresh4's gdp_midas.payems to 2011), industrial production (INDPRO: gdp_midas.indpro,
#     USMacroSWM.production to 2004), consumer prices (CPIAUCSL, CPILFESL, PCEPI, PCEPILFE: USMacroSWM.cpi to
#     2004, USMacroSW.cpi to 2005), unemployment (UNRATE: fresh's economics.unemploy to 2015, USMacroSW.unemp),
#     personal consumption (PCEC96: economics.pce to 2015), GDP and its income side (GDPC1, A261RX1Q020SBEA:
#     gdp_midas.qgdp to 2011). Kept and named where the overlap is under five years: real disposable income
#     (DSPIC96; AER::USMacroG's dpi ends in 2000, 4.5 years into the window); and the new fixture test checks
#     that no run of 12 values of any earlier series is repeated;
#   - left out as no series to forecast: a flat or pegged series (one value, to 4 significant digits, held in
#     more than half of its points) and a series not positive at every point (the panel's Empire State and
#     Philadelphia Fed survey indices, GACDISA066MSFRBNY and GACDFSA066MSFRBPHI, are balances of opinion);
#   - left out as a change of unit: a point-to-point ratio above 10 or below 1/10;
#   - left out as the same quantity twice: where one candidate is a seasonally adjusted version of another's
#     quantity, the UNADJUSTED one is kept (a sales manager's KPI is not seasonally adjusted): HOUST (the panel's
#     housing starts, adjusted) gives way to housing-data.csv's HOUSTNSA; and any series whose values all
#     equal, to 4 significant digits, those of a series before it;
#   - kept: every remaining series in this order — the panel's columns as the file orders them, then HOUSTNSA,
#     then manufac's hours and capacity utilization;
#   - short histories, as a sales manager's 3-5 years: every third kept series (in the same order) cut to its
#     last 60 months (20 quarters for a quarterly one); a series shorter than 240 months is kept as it comes
#     (PPIFIS, the PPI for final demand, starts in November 2009: 80 months).
# The CUT RULE, written before R's reference was started (22:32 UTC, deadline 00:15): if R's fit at every
# origin is not finished by 23:40 UTC, it is stopped and the set keeps only the series R fitted at EVERY origin
# (the refresh fits all series' latest origins first), the others left out in this script and the first run
# scored on those kept; the run's time and the series cut are then recorded here. RECORDED: R's fit finished at
# 22:36 UTC (all 76 origins in about 5 minutes), so no series was cut.
# Units (units.json, from FRED's own unit for each code, before any run): capacity utilization is a percent of
# capacity, `rate`; every other series is an amount, a count or an index, `amount`.
# `source` names the package, the file and the column (and any step); `about` paraphrases the source's own
# description.
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "test/fixtures/series/fresh9-series.json"
sm <- if (length(args) >= 2) args[2] else "/tmp/fresh9-deb/sm/usr/lib/python3/dist-packages/statsmodels"
MAX_POINTS <- 240
SHORT_MONTHS <- 60
series <- list()
source("src/local/eval/reference/series-export.R") # add(): one series into `series`; write_series()
PKG <- "statsmodels"

candidates <- list()
candidate <- function(name, x, dataset, about, code) candidates[[length(candidates) + 1]] <<- list(name = name, x = x, dataset = dataset, about = about, code = code)

# The FRBNY nowcast panel (later vintage). FRED's titles and units for its codes.
NOWCAST <- "tsa/statespace/tests/results/frbny_nowcast/Nowcasting/data/US/2016-07-29.csv"
panel <- read.csv(file.path(sm, NOWCAST), check.names = FALSE)
month <- as.Date(panel$Date, format = "%m/%d/%y")
stopifnot(all(!is.na(month)), all(diff(month) %in% 28:31))
QUARTERLY <- c("GDPC1", "ULCNFB", "A261RX1Q020SBEA") # on the quarter's last month in the file
what <- c(
  PAYEMS = "US non-farm payroll employment (thousands of persons, seasonally adjusted)",
  JTSJOL = "US job openings, total non-farm (thousands, seasonally adjusted; JOLTS)",
  CPIAUCSL = "US consumer price index for all urban consumers (1982-84 = 100, seasonally adjusted)",
  DGORDER = "US manufacturers' new orders for durable goods (millions of dollars, seasonally adjusted)",
  HSN1F = "US new one-family houses sold (thousands, seasonally adjusted annual rate)",
  RSAFS = "US advance retail and food services sales (millions of dollars, seasonally adjusted)",
  UNRATE = "US civilian unemployment rate (percent, seasonally adjusted)",
  HOUST = "US housing starts, total new privately owned units (thousands, seasonally adjusted annual rate)",
  INDPRO = "US industrial production index (2012 = 100, seasonally adjusted)",
  PPIFIS = "US producer price index for final demand (November 2009 = 100, seasonally adjusted)",
  DSPIC96 = "US real disposable personal income (billions of chained 2009 dollars, seasonally adjusted annual rate)",
  BOPTEXP = "US exports of goods and services, balance-of-payments basis (millions of dollars, seasonally adjusted)",
  BOPTIMP = "US imports of goods and services, balance-of-payments basis (millions of dollars, seasonally adjusted)",
  WHLSLRIMSA = "US merchant wholesalers' inventories (millions of dollars, seasonally adjusted)",
  TTLCONS = "US total construction spending (millions of dollars, seasonally adjusted annual rate)",
  IR = "US import price index, all commodities (2000 = 100, not seasonally adjusted)",
  CPILFESL = "US consumer price index less food and energy (1982-84 = 100, seasonally adjusted)",
  PCEPILFE = "US personal consumption expenditures price index less food and energy (2009 = 100, seasonally adjusted)",
  PCEPI = "US personal consumption expenditures price index (2009 = 100, seasonally adjusted)",
  PERMIT = "US new private housing units authorized by building permits (thousands, seasonally adjusted annual rate)",
  TCU = "US capacity utilization, total industry (percent of capacity, seasonally adjusted)",
  BUSINV = "US total business inventories (millions of dollars, seasonally adjusted)",
  IQ = "US export price index, all commodities (2000 = 100, not seasonally adjusted)",
  GACDISA066MSFRBNY = "Empire State Manufacturing Survey, current general business conditions (diffusion index, seasonally adjusted)",
  PCEC96 = "US real personal consumption expenditures (billions of chained 2009 dollars, seasonally adjusted annual rate)",
  GACDFSA066MSFRBPHI = "Philadelphia Fed business outlook survey, current general activity (diffusion index, seasonally adjusted)",
  GDPC1 = "US real gross domestic product (billions of chained 2009 dollars, seasonally adjusted annual rate)",
  ULCNFB = "US unit labor cost in the non-farm business sector (2009 = 100, seasonally adjusted)",
  A261RX1Q020SBEA = "US real gross domestic income (billions of chained 2009 dollars, seasonally adjusted annual rate)")
columns <- setdiff(names(panel), "Date")
stopifnot(setequal(columns, names(what)))
first <- as.POSIXlt(month[1])
nowcastAbout <- "Via Debian's python3-statsmodels 0.13.5 (statsmodels/tsa/statespace/tests/results/frbny_nowcast/Nowcasting/data/US/2016-07-29.csv: the Federal Reserve Bank of New York Staff Nowcast's data panel as of July 29, 2016, FRED series by their codes, used by statsmodels' dynamic-factor tests)."
for (code in columns) {
  v <- panel[[code]]
  if (code %in% QUARTERLY) {
    rows <- which(as.POSIXlt(month)$mon %% 3 == 2) # the quarter's last month
    stopifnot(all(is.na(v[-rows])))
    x <- ts(v[rows], start = c(first$year + 1900, (as.POSIXlt(month[rows[1]])$mon %/% 3) + 1), frequency = 4)
    step <- " (quarterly: the value on each quarter's last month)"
  } else {
    x <- ts(v, start = c(first$year + 1900, first$mon + 1), frequency = 12)
    step <- ""
  }
  candidate(paste0("frbny.", code), x, paste0("frbny_nowcast/Nowcasting/data/US/2016-07-29.csv$", code, step),
    paste0(if (code %in% QUARTERLY) "Quarterly " else "Monthly ", what[[code]], ". ", nowcastAbout), code)
}

# Housing starts, not seasonally adjusted.
housing <- read.csv(file.path(sm, "tsa/holtwinters/tests/results/housing-data.csv"))
hd <- as.Date(housing$DATE)
stopifnot(all(!is.na(hd)), all(diff(hd) %in% 28:31))
hs <- as.POSIXlt(hd[1])
candidate("statsmodels.housing.HOUSTNSA", ts(housing$HOUSTNSA, start = c(hs$year + 1900, hs$mon + 1), frequency = 12), "housing-data.csv$HOUSTNSA",
  paste0("Monthly US housing starts, total new privately owned units (thousands of units, not seasonally adjusted), ", format(hd[1], "%b %Y"), " - ", format(hd[length(hd)], "%b %Y"),
    ". Via Debian's python3-statsmodels 0.13.5 (statsmodels/tsa/holtwinters/tests/results/housing-data.csv: FRED's HOUSTNSA, used by statsmodels' Holt-Winters tests)."), "HOUSTNSA")

# Manufacturing hours and capacity utilization (Stata file; %tm months, 0 = January 1960).
mf <- foreign::read.dta(file.path(sm, "tsa/statespace/tests/results/manufac.dta"))
stopifnot(all(diff(mf$month) == 1))
m0 <- mf$month[1]
mfAbout <- "Via Debian's python3-statsmodels 0.13.5 (statsmodels/tsa/statespace/tests/results/manufac.dta: \"St. Louis Fed (FRED) manufacturing data\", used by statsmodels' state-space tests)."
candidate("statsmodels.manufac.hours", ts(mf$hours, start = c(1960 + m0 %/% 12, m0 %% 12 + 1), frequency = 12), "manufac.dta$hours",
  paste0("Monthly average weekly hours of production workers in US manufacturing (hours, seasonally adjusted; FRED's AWHMAN). ", mfAbout), "AWHMAN")
candidate("statsmodels.manufac.caputil", ts(mf$caputil, start = c(1960 + m0 %/% 12, m0 %% 12 + 1), frequency = 12), "manufac.dta$caputil",
  paste0("Monthly capacity utilization in US manufacturing (percent of capacity, seasonally adjusted; FRED's MCUMFN). ", mfAbout), "MCUMFN")

# The leave-out rules, in the order written above, on each candidate's exported window.
windowTs <- function(o) { x <- o$x; v <- as.numeric(x); r <- rle(!is.na(v)); ends <- cumsum(r$lengths); starts <- ends - r$lengths + 1
  k <- which(r$values)[which.max(r$lengths[r$values])]; i <- max(starts[k], ends[k] - MAX_POINTS + 1):ends[k]
  ts(v[i], start = time(x)[i[1]] + 1e-6, frequency = frequency(x)) }
windowOf <- function(o) as.numeric(windowTs(o))
EARLIER_QUANTITIES <- c(PAYEMS = "payroll employment: fresh4 gdp_midas.payems (to 2011)", INDPRO = "industrial production: fresh4 gdp_midas.indpro (to 2011), USMacroSWM.production (to 2004)",
  CPIAUCSL = "consumer prices: USMacroSWM.cpi (to 2004), USMacroSW.cpi (to 2005)", CPILFESL = "consumer prices (as CPIAUCSL)", PCEPI = "consumer prices (as CPIAUCSL)", PCEPILFE = "consumer prices (as CPIAUCSL)",
  UNRATE = "unemployment: fresh economics.unemploy (to 2015), USMacroSW.unemp (to 2005)", PCEC96 = "personal consumption: fresh economics.pce (to 2015)",
  GDPC1 = "GDP: fresh4 gdp_midas.qgdp (to 2011)", A261RX1Q020SBEA = "GDP's income side (as GDPC1)")
ADJUSTED_TWIN <- c(HOUST = "HOUSTNSA") # a seasonally adjusted candidate and the unadjusted one kept in its place
namesOf <- function(l) vapply(l, function(o) o$name, "")
earlier <- Filter(function(o) o$code %in% names(EARLIER_QUANTITIES), candidates)
flat <- Filter(function(o) max(table(signif(windowOf(o), 4))) > length(windowOf(o)) / 2, candidates)
notPositive <- Filter(function(o) !all(is.finite(windowOf(o)) & windowOf(o) > 0), candidates)
reformed <- Filter(function(o) { v <- windowOf(o); r <- v[-1] / v[-length(v)]; any(r > 10 | r < 0.1, na.rm = TRUE) }, candidates)
twin <- Filter(function(o) o$code %in% names(ADJUSTED_TWIN) && ADJUSTED_TWIN[[o$code]] %in% vapply(candidates, function(p) p$code, ""), candidates)
leftOut <- unique(c(namesOf(earlier), namesOf(flat), namesOf(notPositive), namesOf(reformed), namesOf(twin)))
remaining <- Filter(function(o) !(o$name %in% leftOut), candidates)
same <- Filter(function(o) { k <- match(o$name, namesOf(remaining)); k > 1 && any(vapply(remaining[seq_len(k - 1)], function(p) length(windowOf(p)) == length(windowOf(o)) && all(signif(windowOf(p), 4) == signif(windowOf(o), 4)), TRUE)) }, remaining)
kept <- Filter(function(o) !(o$name %in% namesOf(same)), remaining)
cat(sprintf("%d candidates; left out: %d an earlier set's quantity, %d flat, %d not positive, %d a change of unit, %d an adjusted twin, %d the same as an earlier one; %d kept\n",
  length(candidates), length(earlier), length(flat), length(notPositive), length(reformed), length(twin), length(same), length(kept)))
cat("earlier quantity:", namesOf(earlier), "\nflat:", namesOf(flat), "\nnot positive:", namesOf(notPositive), "\nchange of unit:", namesOf(reformed), "\nadjusted twin:", namesOf(twin), "\nsame:", namesOf(same), "\n")
for (k in seq_along(kept)) {
  o <- kept[[k]]
  f <- frequency(o$x)
  cut <- k %% 3 == 0 # every third kept series: a short history
  x <- windowTs(o)
  keepPoints <- if (f == 4) SHORT_MONTHS / 3 else SHORT_MONTHS
  if (cut) x <- ts(as.numeric(x)[(length(x) - keepPoints + 1):length(x)], end = end(x), frequency = f)
  add(paste0(o$name, if (cut) ".short" else ""), x, PKG, paste0(o$dataset, if (cut) paste0(" (last ", keepPoints, if (f == 4) " quarters)" else " months)") else ""),
    paste0(o$about, if (cut) paste0(" The last ", keepPoints, if (f == 4) " quarters" else " months", " kept here, a short history.") else ""))
}
write_series(series, out)
