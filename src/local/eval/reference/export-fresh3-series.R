# Exports the THIRD fresh held-out set of the backtest (`npm run eval -- backtest --half=fresh3`) to
# test/fixtures/series/fresh3-series.json. Run once, where R is installed (Debian: r-base-core, r-cran-aer,
# r-cran-urca, r-cran-lmtest, r-cran-fportfolio, r-cran-jsonlite, r-cran-zoo) with the npm package
# vega-datasets 3.2.1 unpacked (`npm pack vega-datasets@3.2.1 && tar xzf vega-datasets-3.2.1.tgz`):
#   Rscript src/local/eval/reference/export-fresh3-series.R test/fixtures/series/fresh3-series.json package/data
# Built on 2026-12-03 (issue 16) when the held-out half and both earlier fresh sets had been measured after
# changes: public business and economic series from data sets that NO earlier set reads (export-series.R,
# export-fresh-series.R, export-fresh2-series.R): the npm package vega-datasets (US Bureau of Labor
# Statistics unemployment by industry, not seasonally adjusted, and employment by supersector; five stocks
# and the S&P 500, monthly and daily), urca's and lmtest's quarterly money, income and price data of
# Denmark, Finland, the UK, Canada and the US (earlier sets read urca::UKconsumption and lmtest's monthly US
# macro data only), fPortfolio's SMALLCAP (earlier sets read ECON85LONG and GCCINDEX), and AER's daily
# DJIA8012 and MSCISwitzerland.
# Short histories, as a sales manager's 3-5 years of monthly data, by a rule fixed before any figure was
# read: SMALLCAP (60 months) and GOOG (68 months) as they come, and every second industry of the BLS
# unemployment table in its own order (Mining and Extraction, Manufacturing, …) cut to its last 60 months.
# Log series (urca) are exponentiated; daily data become weekly series (the last trading day of each ISO
# week). `source` names the package, data set, column and that step; `about` paraphrases the help page.
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "test/fixtures/series/fresh3-series.json"
vega <- if (length(args) >= 2) args[2] else "package/data"
MAX_POINTS <- 360
SHORT_POINTS <- 60
series <- list()
source("src/local/eval/reference/series-export.R") # add(): one series into `series`; write_series()
d <- function(name, package) { e <- new.env(); data(list = name, package = package, envir = e); get(name, envir = e) }
suppressMessages({ library(zoo); library(jsonlite) })

# Daily values (dates, numbers) to one value per ISO week: the last one of the week (as export-fresh2-series.R).
weekly <- function(dates, values) {
  dates <- as.Date(dates)
  ok <- !is.na(values)
  dates <- dates[ok]; values <- values[ok]
  key <- format(dates, "%G-%V")
  last <- !duplicated(key, fromLast = TRUE)
  v <- values[last]
  first <- dates[last][1]
  ts(as.numeric(v), start = c(as.integer(format(first, "%G")), min(52, as.integer(format(first, "%V")))), frequency = 52)
}
short <- function(x) ts(as.numeric(x)[(length(x) - SHORT_POINTS + 1):length(x)], end = end(x), frequency = frequency(x))

# --- vega-datasets: unemployment-across-industries.json (BLS CPS, unemployed persons by industry, thousands, not seasonally adjusted) ---
un <- fromJSON(file.path(vega, "unemployment-across-industries.json"))
industries <- unique(un$series)
for (k in seq_along(industries)) {
  ind <- industries[k]
  x <- un[un$series == ind, ]; x <- x[order(x$year, x$month), ]
  y <- ts(x$count, start = c(x$year[1], x$month[1]), frequency = 12)
  cut <- k %% 2 == 0
  if (cut) y <- short(y)
  add(paste0("unemployment.", gsub("[^A-Za-z]", "", ind), if (cut) ".short" else ""), y, "vega-datasets",
    paste0("unemployment-across-industries.json[series == \"", ind, "\", \"count\"]", if (cut) " (last 60 months)" else ""),
    paste0("Monthly number of unemployed persons (thousands, not seasonally adjusted) whose last job was in ", ind,
      ", Jan 2000 - Feb 2010", if (cut) " (the last 60 months kept here, a short history)" else "",
      ". US Bureau of Labor Statistics, Current Population Survey (table A-31), via the npm package vega-datasets 3.2.1."))
}

# --- vega-datasets: us-employment.csv (BLS CES, employment by supersector, thousands, seasonally adjusted) ---
em <- read.csv(file.path(vega, "us-employment.csv"))
emabout <- c(retail_trade = "retail trade", construction = "construction", manufacturing = "manufacturing",
  leisure_and_hospitality = "leisure and hospitality", financial_activities = "financial activities",
  professional_and_business_services = "professional and business services")
for (col in names(emabout))
  add(paste0("usemployment.", col), ts(em[[col]], start = c(2006, 1), frequency = 12), "vega-datasets", paste0("us-employment.csv$", col),
    paste0("Monthly US employment in ", emabout[[col]], " (thousands, seasonally adjusted), Jan 2006 - Dec 2015. US Bureau of Labor Statistics, Current Employment Statistics, via the npm package vega-datasets 3.2.1."))

# --- vega-datasets: stocks.csv and sp500.csv (monthly closes, 2000-2010) ---
st <- read.csv(file.path(vega, "stocks.csv"))
st$when <- as.Date(st$date, "%b %d %Y")
for (sym in unique(st$symbol)) {
  x <- st[st$symbol == sym, ]; x <- x[order(x$when), ]
  add(paste0("stocks.", sym), ts(x$price, start = c(as.integer(format(x$when[1], "%Y")), as.integer(format(x$when[1], "%m"))), frequency = 12),
    "vega-datasets", paste0("stocks.csv[symbol == \"", sym, "\", \"price\"]"),
    paste0("Monthly stock price of ", sym, " (US dollars), ", format(x$when[1], "%b %Y"), " - ", format(x$when[nrow(x)], "%b %Y"), ", via the npm package vega-datasets 3.2.1."))
}
sp <- read.csv(file.path(vega, "sp500.csv"))
add("sp500.monthly", ts(sp$price, start = c(2000, 1), frequency = 12), "vega-datasets", "sp500.csv$price",
  "Monthly closing value of the S&P 500 stock market index, Jan 2000 - Mar 2010, via the npm package vega-datasets 3.2.1.")

# --- fPortfolio: SMALLCAP (monthly wealth indices of US small-cap stocks and the market, 1997-2001: 60 months) ---
sc <- d("SMALLCAP", "fPortfolio")
for (col in c("MARKET", "MODI", "MGF", "MEE", "FCEL", "OII"))
  add(paste0("SMALLCAP.", col), ts(as.numeric(sc[, col]), start = c(1997, 1), frequency = 12), "fPortfolio", paste0("SMALLCAP[, \"", col, "\"]"),
    paste0("Monthly value of one dollar invested in ", if (col == "MARKET") "the market index" else paste0("the small-cap stock ", col),
      " at the end of 1996, Jan 1997 - Dec 2001 (60 months, a short history). Rmetrics example data (Wuertz et al. 2009, Portfolio Optimization with R/Rmetrics), via fPortfolio::SMALLCAP."))

# --- urca: quarterly money-demand data sets (logs, exponentiated here) ---
dk <- d("denmark", "urca")
dkabout <- c(LRM = "real money (M2)", LRY = "real income", LPY = "price deflator")
for (col in names(dkabout))
  add(paste0("denmark.", col), ts(exp(dk[[col]]), start = c(1974, 1), frequency = 4), "urca", paste0("denmark$", col, " (exp)"),
    paste0("Quarterly Danish ", dkabout[[col]], " (the data set's logarithm, exponentiated here), 1974Q1 - 1987Q3. Johansen & Juselius (1990), Oxford Bulletin of Economics and Statistics 52, 169-210, via urca::denmark."))
fi <- d("finland", "urca")
fiabout <- c(lrm1 = "real money (M1)", lny = "real income")
for (col in names(fiabout))
  add(paste0("finland.", col), ts(exp(fi[[col]]), start = c(1958, 2), frequency = 4), "urca", paste0("finland$", col, " (exp)"),
    paste0("Quarterly Finnish ", fiabout[[col]], " (the data set's logarithm, exponentiated here), 1958Q2 - 1984Q3. Johansen & Juselius (1990), via urca::finland."))
uk <- d("UKpppuip", "urca")
ukabout <- c(p1 = "UK wholesale price index", p2 = "trade-weighted foreign wholesale price index", e12 = "UK effective exchange rate")
for (col in names(ukabout))
  add(paste0("UKpppuip.", col), ts(exp(uk[[col]]), start = c(1971, 1), frequency = 4), "urca", paste0("UKpppuip$", col, " (exp)"),
    paste0("Quarterly ", ukabout[[col]], " (the data set's logarithm, exponentiated here), 1971Q1 - 1987Q2. Johansen & Juselius (1992), Journal of Econometrics 53, 211-244, via urca::UKpppuip."))
ca <- d("Raotbl7", "urca")
caabout <- c(m1 = "money stock M1", gdp = "GDP at constant 1981 prices", p = "implicit GDP price deflator (1981 = 100)")
for (col in names(caabout))
  add(paste0("Raotbl7.", col), ts(ca[[col]], start = c(1956, 1), frequency = 4), "urca", paste0("Raotbl7$", col),
    paste0("Quarterly Canadian ", caabout[[col]], ", 1956Q1 - 1988Q4. Otto (1994), in Rao (ed.), Cointegration for the Applied Economist, table D.6, via urca::Raotbl7."))
us <- d("Raotbl6", "urca")
usabout <- c(ulc = "unit labor cost", gdfim = "fixed-weight import deflator", gdfce = "fixed-weight deflator for energy in personal consumption")
for (col in names(usabout))
  add(paste0("Raotbl6.", col), ts(us[[col]], start = c(1959, 1), frequency = 4), "urca", paste0("Raotbl6$", col),
    paste0("Quarterly US ", usabout[[col]], ", 1959Q1 - 1989Q3. Mehra (1994), in Rao (ed.), Cointegration for the Applied Economist, via urca::Raotbl6."))

# --- lmtest: valueofstocks (quarterly US, 1960-1977) ---
vs <- d("valueofstocks", "lmtest")
vsabout <- c(VST = "value of stocks", XBC = "production capacity for business output")
for (col in names(vsabout))
  add(paste0("valueofstocks.", col), vs[, col], "lmtest", paste0("valueofstocks[, \"", col, "\"]"),
    paste0("Quarterly US ", vsabout[[col]], ", 1960Q1 - 1977Q3. Woglom (1981), Journal of Money, Credit and Banking 13, 215-220; Kraemer & Sonnberger (1986), via lmtest::valueofstocks."))

# --- weekly: the S&P 500 (vega-datasets), AER's DJIA8012 and MSCISwitzerland (daily), last day of each week ---
spd <- read.csv(file.path(vega, "sp500-2000.csv"))
add("sp500.weekly", weekly(spd$date, spd$close), "vega-datasets", "sp500-2000.csv$close (last day of each week)",
  "Daily closing value of the S&P 500 index, Jan 2000 - Apr 2020, the last value of each week here (the most recent 360 weeks kept). Yahoo Finance, via the npm package vega-datasets 3.2.1.")
dj <- d("DJIA8012", "AER")
add("DJIA8012.weekly", weekly(index(dj), as.numeric(dj)), "AER", "DJIA8012 (last day of each week)",
  "Daily Dow Jones Industrial Average index, Dec 1980 - Dec 2012, the last value of each week here (the most recent 360 weeks kept; Franses, van Dijk & Opschoor 2014), via AER::DJIA8012.")
ms <- d("MSCISwitzerland", "AER")
add("MSCISwitzerland.weekly", weekly(index(ms), as.numeric(ms)), "AER", "MSCISwitzerland (last day of each week)",
  "Daily MSCI Switzerland equity index, Dec 1994 - Dec 2012, the last value of each week here (the most recent 360 weeks kept; Franses, van Dijk & Opschoor 2014), via AER::MSCISwitzerland.")

write_series(series, out)
