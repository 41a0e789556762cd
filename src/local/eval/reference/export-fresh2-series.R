# Exports the SECOND fresh held-out set of the backtest (`npm run eval -- backtest --half=fresh2`) to
# test/fixtures/series/fresh2-series.json. Run once, where R is installed (Debian: r-base-core, r-cran-aer,
# r-cran-fportfolio, r-cran-fbasics, r-cran-timeseries, r-cran-plm, r-cran-fextremes, r-cran-zoo):
#   Rscript src/local/eval/reference/export-fresh2-series.R test/fixtures/series/fresh2-series.json
# Built on 2026-12-03 when the held-out half and the first fresh set (export-fresh-series.R) had both been
# measured after many tuning rounds: public business and economic series that NO earlier set uses. The
# packages are new to the backtest (fPortfolio, fBasics, timeSeries, plm, fExtremes), except three AER
# data sets that export-series.R does not read (CartelStability, ConsumerGood, GoldSilver) and USMacroB's
# monetary base (export-series.R reads USMacroG, USMacroSW and USMacroSWM, not USMacroB).
# Daily data become weekly series (the last trading day of each ISO week) or monthly ones (count and sum);
# `source` names the package, data set, column and that step; `about` paraphrases the R help page.
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "test/fixtures/series/fresh2-series.json"
MAX_POINTS <- 360
series <- list()
source("src/local/eval/reference/series-export.R") # add(): one series into `series`; write_series()
d <- function(name, package) { e <- new.env(); data(list = name, package = package, envir = e); get(name, envir = e) }
suppressMessages({ library(timeSeries); library(zoo) })

# Daily values (dates, numbers) to one value per ISO week: the last one of the week; a ts of frequency 52
# starting at the first week (weekly series keep their order, not their calendar: see datesOf in backtest.ts).
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

# --- fPortfolio: ECON85 / ECON85LONG (monthly Swiss and world economic and financial indicators, 1985-2010) ---
ec <- as.data.frame(d("ECON85LONG", "fPortfolio"))
ecabout <- c(SPI85 = "Swiss Performance Index (equities)", SBI85 = "Swiss Bond Index", SXI85 = "Swiss real-estate funds index",
  LPP25P = "Pictet LPP25 Swiss pension-fund index", MSCIW.USD = "MSCI World equity index in US dollars",
  CHF.USD = "Swiss francs per US dollar", WTI.USD = "West Texas Intermediate crude oil price (US dollars a barrel)",
  GOLDFIX.USD = "London gold fixing (US dollars an ounce)", EUR.CHF = "Swiss francs per euro (ECU before 1999)", GBP.CHF = "Swiss francs per pound sterling")
for (col in names(ecabout))
  add(paste0("ECON85.", col), ts(ec[[col]], start = c(1984, 12), frequency = 12), "fPortfolio", paste0("ECON85LONG[, \"", col, "\"]"),
    paste0("Monthly (month-end) ", ecabout[[col]], ", Dec 1984 - Mar 2010. Rmetrics example data (Wuertz et al. 2009, Portfolio Optimization with R/Rmetrics), via fPortfolio::ECON85LONG."))

# --- fExtremes: danishClaims (large Danish fire insurance claims, 1980-1990), per month ---
dc <- as.data.frame(d("danishClaims", "fExtremes"))
month <- format(as.Date(dc[[1]]), "%Y-%m")
months <- format(seq(as.Date("1980-01-01"), as.Date("1990-12-01"), by = "month"), "%Y-%m")
dcabout <- "Large fire insurance claims (over one million Danish kroner, 1985 prices) at Copenhagen Reinsurance, Jan 1980 - Dec 1990 (McNeil 1997), via fExtremes::danishClaims"
add("danishClaims.count.monthly", ts(as.numeric(table(factor(month, levels = months))), start = c(1980, 1), frequency = 12), "fExtremes", "danishClaims (claims counted per month)",
  paste0(dcabout, ", counted per month here."))
add("danishClaims.amount.monthly", ts(as.numeric(tapply(dc[[2]], factor(month, levels = months), sum, default = 0)), start = c(1980, 1), frequency = 12), "fExtremes", "danishClaims (amounts summed per month)",
  paste0(dcabout, ", amounts (millions of kroner) summed per month here."))

# --- plm: Parity (quarterly exchange rates, prices and interest rates of 17 OECD countries, 1973-1998) ---
pa <- as.data.frame(d("Parity", "plm"))
paabout <- "Coakley, Fuertes & Smith (2006), Computational Statistics & Data Analysis 50, 2361-2380, via plm::Parity"
for (cty in c("CAN", "FRA", "GER", "ITA", "JAP", "GBR")) {
  x <- pa[pa$country == cty, ]; x <- x[order(x$time), ]
  add(paste0("Parity.", cty, ".price"), ts(exp(x$lp), start = c(1973, 1), frequency = 4), "plm", paste0("Parity[country == \"", cty, "\", \"lp\"] (exp)"),
    paste0("Quarterly price level of ", cty, " (the data set's log price level, exponentiated here), 1973Q1 - 1998Q4. ", paabout, "."))
  add(paste0("Parity.", cty, ".spot"), ts(exp(x$ls), start = c(1973, 1), frequency = 4), "plm", paste0("Parity[country == \"", cty, "\", \"ls\"] (exp)"),
    paste0("Quarterly spot exchange rate of ", cty, "'s currency against the US dollar (the data set's log rate, exponentiated here), 1973Q1 - 1998Q4. ", paabout, "."))
}

# --- AER: USMacroB's monetary base (quarterly, 1959-1995, Baltagi) ---
add("USMacroB.mbase", d("USMacroB", "AER")[, "mbase"], "AER", "USMacroB[, \"mbase\"]",
  "Quarterly average of the seasonally adjusted US monetary base, 1959Q1 - 1995Q2 (Citibank data base, from Baltagi 2002, Econometrics), via AER::USMacroB.")

# --- AER: CartelStability (weekly rail shipments of grain, Joint Executive Committee cartel, 1880-1886) ---
cs <- d("CartelStability", "AER")
add("CartelStability.quantity.weekly", ts(cs$quantity, start = c(1880, 1), frequency = 52), "AER", "CartelStability$quantity",
  "Weekly total tonnage of grain shipped by rail from Chicago to the East Coast, 1880-1886 (Porter 1983, Bell Journal of Economics 14, 301-314; Stock & Watson 2007), via AER::CartelStability.")
add("CartelStability.price.weekly", ts(cs$price, start = c(1880, 1), frequency = 52), "AER", "CartelStability$price",
  "Weekly index of the price of shipping a ton of grain by rail, 1880-1886 (Porter 1983; Stock & Watson 2007), via AER::CartelStability.")

# --- AER: ConsumerGood (weekly distribution, market share and price of a fast-moving consumer good, 1989-1991) ---
cg <- d("ConsumerGood", "AER")
cgabout <- c(distribution = "distribution", share = "market share", price = "price")
for (col in names(cgabout))
  add(paste0("ConsumerGood.", col, ".weekly"), ts(as.numeric(cg[, col]), start = c(1989, 11), frequency = 52), "AER", paste0("ConsumerGood[, \"", col, "\"]"),
    paste0("Weekly ", cgabout[[col]], " of a fast-moving consumer good, 1989 week 11 - 1991 week 9 (Franses 1998, Time Series Models for Business and Economic Forecasting), via AER::ConsumerGood."))

# (fPortfolio's SPISECTOR, the Swiss Performance Index and its sector indices weekly, was exported first and
# left out before any of our figures was read: on two of its five series R's auto.arima needed more than three
# CPU-minutes per origin on the shared machine — seasonal ARIMA models with m = 52 — and the reference could not
# be fitted within the session.)

# --- fPortfolio: GCCINDEX (daily Gulf stock market indices, 2005-2008), weekly ---
gc <- d("GCCINDEX", "fPortfolio")
for (col in c("GCCSC", "KSADSC"))
  add(paste0("GCCINDEX.", col, ".weekly"), weekly(time(gc), as.numeric(gc[, col])), "fPortfolio", paste0("GCCINDEX[, \"", col, "\"] (last day of each week)"),
    paste0("Daily ", if (col == "GCCSC") "Gulf Cooperation Council composite" else "Saudi Arabian", " stock market index, May 2005 - Jul 2008, the last value of each week here. Rmetrics example data, via fPortfolio::GCCINDEX."))

# --- fBasics: DowJones30 (daily closes of the Dow's 30 stocks, 1991-2000), weekly ---
dj <- d("DowJones30", "fBasics")
for (col in c("IBM", "KO", "WMT", "GE", "MCD"))
  add(paste0("DowJones30.", col, ".weekly"), weekly(dj[[1]], dj[[col]]), "fBasics", paste0("DowJones30$", col, " (last day of each week)"),
    paste0("Daily closing price of ", col, " (a Dow Jones Industrial Average stock, US dollars), Jan 1991 - Jan 2001, the last value of each week here. Rmetrics example data, via fBasics::DowJones30."))

# --- fBasics: nyse (daily NYSE composite index, 1966-2002), weekly ---
ny <- d("nyse", "fBasics")
add("nyse.weekly", weekly(ny[[1]], ny[[2]]), "fBasics", "nyse$NYSE (last day of each week)",
  "Daily NYSE composite index, Jan 1966 - Dec 2002, the last value of each week here (the most recent 360 weeks kept). Rmetrics example data, via fBasics::nyse.")

# --- timeSeries: USDCHF (half-hourly US dollar / Swiss franc rate, 1996-2001), weekly ---
uc <- d("USDCHF", "timeSeries")
add("USDCHF.weekly", weekly(as.Date(format(time(uc), "%Y-%m-%d")), as.numeric(uc[, 1])), "timeSeries", "USDCHF (last quote of each week)",
  "Half-hourly Swiss francs per US dollar, Apr 1996 - Mar 2001, the last quote of each week here. Rmetrics example data, via timeSeries::USDCHF.")

# --- AER: GoldSilver (daily gold and silver spot prices, 1977-2012), weekly ---
gs <- d("GoldSilver", "AER")
for (col in c("gold", "silver"))
  add(paste0("GoldSilver.", col, ".weekly"), weekly(index(gs), as.numeric(gs[, col])), "AER", paste0("GoldSilver[, \"", col, "\"] (last day of each week)"),
    paste0("Daily ", col, " spot price index, Dec 1977 - Dec 2012, the last value of each week here (the most recent 360 weeks kept; Franses, van Dijk & Opschoor 2014), via AER::GoldSilver."))

write_series(series, out)
