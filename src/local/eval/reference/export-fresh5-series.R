# Exports the FIFTH fresh held-out set of the backtest (`npm run eval -- backtest --half=fresh5`) to
# test/fixtures/series/fresh5-series.json. Run once, where R is installed, from the repository root:
#   apt-get install r-cran-bayesm r-cran-waveslim r-cran-ggally
#   apt-get download python3-statsmodels python-matplotlib-data && dpkg -x python3-statsmodels_*.deb X && dpkg -x python-matplotlib-data_*.deb X
#   Rscript src/local/eval/reference/export-fresh5-series.R test/fixtures/series/fresh5-series.json X
# (X: the folder the two Debian packages were unpacked into; only their data files are read, nothing of
# them is installed or run.)
# Built on 2026-12-04 (forecast20, issue 11) for more unseen evidence: business and economic series from
# Debian packages NO earlier set reads (export-series.R, export-fresh-series.R … export-fresh4-series.R read
# datasets, forecast, AER, tseries, urca, lmtest, strucchange, ggplot2, modeldata, quantreg, dynlm, TTR,
# fPortfolio, fExtremes, fBasics, timeSeries, plm, the npm package vega-datasets and gretl-data):
#   bayesm (r-cran-bayesm)         Dominick's Finer Foods scanner data (Chicago): weekly unit sales and shelf
#                                  prices of seven canned-tuna brands (tuna), weekly unit sales of eleven
#                                  orange-juice brands (orangeJuice);
#   waveslim (r-cran-waveslim)     Japanese GNP (quarterly), Mexican money supply (monthly, levels), US tourism
#                                  (quarterly), from Gencay, Selcuk & Whitcher's wavelet examples;
#   GGally (r-cran-ggally)         UK pig production, herd size, gilts and profit (quarterly, 1967-78);
#   statsmodels (python3-statsmodels) euro-area electrical-equipment turnover (monthly, Eurostat);
#   matplotlib (python-matplotlib-data) monthly adjusted closing prices from its Stocks.csv (Yahoo Finance).
# Rules fixed BEFORE ANY RUN (nothing of ours or R's had been computed on these series):
#   - left out, as duplicating a quantity an earlier set already holds over overlapping years: waveslim's
#     US CPI and unemployment (AER::USMacroSWM, lmtest::lhur, gretl's hamilton and data9-12), its DEM and JPY
#     per USD (gretl's data10-3, plm::Parity's JAP spot), Stocks.csv's IBM, AAPL, MSFT, AMZN, GOOGL and S&P 500
#     (vega-datasets' stocks and sp500, fBasics::DowJones30), statsmodels' macrodata (AER::USMacroG's US
#     quarterly national accounts), danish_data (urca's denmark) and interest_inflation (Luetkepohl's E6:
#     German long-term interest and GNP-deflator inflation, as dynlm::M1Germany; first exported, then left
#     out under this rule when the fixture's test found its interest rate equal to M1Germany's, before any
#     change — the first run's figures with and without it are in the README); simulated or non-business data
#     (xbox, ar1, co2, sunspots, nile, elnino, …), cross-sections, and series too short for one origin
#     (bayesm's cheese and detailing: 61-63 weeks, 24 months);
#   - orangeJuice: each brand's units (exp(logmove)) added over the 5 stores that report every brand in all
#     121 weeks (weeks 40-160), so no week's total moves with the panel's gaps; tuna's prices are
#     exp(LPRICE), in dollars;
#   - Stocks.csv: the first-of-month rows, each column from its first complete value; the longest complete
#     stretch when a column has gaps (add());
#   - short histories, as a sales manager's 3-5 years: the monthly series in this script's order, every second
#     one cut to its last 60 months (elec_equip, DELL and ^IXIC), the pig data's 48 quarters as they come.
# `source` names the R or Python package, the data set and the column (and any step); `about` paraphrases
# the data set's own description.
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "test/fixtures/series/fresh5-series.json"
unpacked <- if (length(args) >= 2) args[2] else "/tmp/fc20-debs/x"
MAX_POINTS <- 360
SHORT_POINTS <- 60
series <- list()
source("src/local/eval/reference/series-export.R") # add(): one series into `series`; write_series()
suppressMessages({ library(bayesm); library(waveslim); library(GGally) })
short <- function(x) ts(as.numeric(x)[(length(x) - SHORT_POINTS + 1):length(x)], end = end(x), frequency = frequency(x))
monthlyCount <- 0
# A monthly series: every second one (in this script's order) cut to its last 60 months.
addMonthly <- function(name, x, package, dataset, about) {
  monthlyCount <<- monthlyCount + 1
  cut <- monthlyCount %% 2 == 0
  if (cut) x <- short(na.omit(x))
  add(paste0(name, if (cut) ".short" else ""), x, package, paste0(dataset, if (cut) " (last 60 months)" else ""),
    if (cut) sub("\\.", " (the last 60 months kept here, a short history).", about) else about)
}

# --- bayesm: Dominick's Finer Foods (Chicago) scanner data ---
data(tuna)
dom <- "Dominick's Finer Foods (Chicago) scanner data (Kilts Center for Marketing, University of Chicago), from Rossi, Allenby & McCulloch (2005), Bayesian Statistics and Marketing; the calendar start is nominal (the data set numbers its weeks); via the Debian package r-cran-bayesm."
tunaStart <- c(1989, 37) # nominal: Dominick's week 1 began in mid-September 1989
tunaBrands <- c("Star Kist 6 oz", "Chicken of the Sea 6 oz", "Bumble Bee Solid 6.12 oz", "Bumble Bee Chunk 6.12 oz", "Geisha 6 oz", "Bumble Bee large cans", "HH Chunk Lite 6.5 oz")
for (b in 1:7) {
  add(paste0("tuna.MOVE", b), ts(tuna[[paste0("MOVE", b)]], start = tunaStart, frequency = 52), "bayesm", paste0("tuna$MOVE", b),
    paste0("Weekly unit sales of canned-tuna brand ", b, " (of the 7 top UPCs: ", tunaBrands[b], ") aggregated to the chain level, 338 weeks. ", dom))
  add(paste0("tuna.price", b), ts(exp(tuna[[paste0("LPRICE", b)]]), start = tunaStart, frequency = 52), "bayesm", paste0("tuna$LPRICE", b, " (exp)"),
    paste0("Weekly shelf price of canned-tuna brand ", b, " (", tunaBrands[b], ", dollars; the data set's log price exponentiated here), 338 weeks. ", dom))
}
data(orangeJuice)
oj <- orangeJuice$yx
weeks <- sort(unique(oj$week))
complete <- tapply(oj$week, list(oj$store, oj$brand), function(w) length(unique(w)) == length(weeks))
stores <- as.integer(rownames(complete)[apply(complete, 1, function(r) all(r %in% TRUE))])
for (b in sort(unique(oj$brand))) {
  part <- oj[oj$brand == b & oj$store %in% stores, ]
  units <- tapply(exp(part$logmove), part$week, sum)
  add(paste0("orangeJuice.brand", b), ts(as.numeric(units[as.character(weeks)]), start = tunaStart + c(0, weeks[1] - 1), frequency = 52), "bayesm",
    paste0("orangeJuice$yx[brand == ", b, ", \"logmove\"] (exp, summed over stores ", paste(stores, collapse = ", "), ")"),
    paste0("Weekly unit sales of refrigerated orange-juice brand ", b, " (of 11), added over the ", length(stores), " stores that report every brand in all ",
      length(weeks), " weeks (weeks ", min(weeks), "-", max(weeks), "). ", dom))
}

# --- waveslim: Gencay, Selcuk & Whitcher (2001), An Introduction to Wavelets and Other Filtering Methods in Finance and Economics ---
wv <- "Gencay, Selcuk & Whitcher (2001), An Introduction to Wavelets and Other Filtering Methods in Finance and Economics; via the Debian package r-cran-waveslim."
data(japan); data(tourism); data(mexm)
add("waveslim.japan", japan, "waveslim", "japan", paste("Quarterly Japanese gross national product, 1955Q1 - 1997Q1 (169 quarters; Hecq 1998).", wv))
add("waveslim.tourism", tourism, "waveslim", "tourism", paste("Quarterly US tourism (the data set's units), 1960Q1 - 1999Q4.", wv))
addMonthly("waveslim.mexm", mexm, "waveslim", "mexm", paste("Monthly Mexican money supply (levels as stored; the package's help calls them percentage changes), Jan 1957 - Dec 1999.", wv))

# --- statsmodels (python3-statsmodels): its bundled CSV files ---
smd <- file.path(unpacked, "usr/lib/python3/dist-packages/statsmodels/datasets")
ee <- read.csv(file.path(smd, "elec_equip/elec_equip.csv"))
eeDates <- as.Date(ee$DATE, format = "%b-%d-%Y")
stopifnot(all(diff(as.integer(format(eeDates, "%Y")) * 12 + as.integer(format(eeDates, "%m"))) == 1)) # consecutive months
addMonthly("statsmodels.elec_equip", ts(ee[[2]], start = as.integer(format(eeDates[1], c("%Y", "%m"))), frequency = 12), "statsmodels", "elec_equip.csv$STS.M.I7.W.TOVT.NS0016.4.000",
  paste0("Monthly euro-area (18) total turnover index of the manufacture of electrical equipment, ", format(eeDates[1], "%b %Y"), " - ", format(eeDates[length(eeDates)], "%b %Y"), ", Eurostat. Via the Debian package python3-statsmodels (datasets/elec_equip)."))
# --- matplotlib (python-matplotlib-data): sample_data/Stocks.csv, monthly adjusted closes (Yahoo Finance) ---
st <- read.csv(file.path(unpacked, "usr/share/matplotlib/mpl-data/sample_data/Stocks.csv"), comment.char = "#", check.names = FALSE)
st <- st[substr(st$Date, 9, 10) == "01", ]
firstMonth <- as.integer(strsplit(st$Date[1], "-")[[1]][1:2])
stopifnot(nrow(st) == length(unique(substr(st$Date, 1, 7)))) # one row a month
names <- c(XRX = "Xerox", DELL = "Dell Technologies", ADBE = "Adobe", "^IXIC" = "the NASDAQ Composite index")
for (k in names(names)) {
  x <- ts(st[[k]], start = firstMonth, frequency = 12)
  ok <- which(!is.na(x))
  x <- window(x, start = time(x)[ok[1]])
  addMonthly(paste0("Stocks.", sub("\\^", "", k)), x, "matplotlib", paste0("Stocks.csv$", k),
    paste0("Monthly adjusted closing price of ", names[[k]], " (first trading day of each month, Yahoo Finance), ", start(x)[1], " - 2022. Via the Debian package python-matplotlib-data (mpl-data/sample_data/Stocks.csv)."))
}

# --- GGally: UK pig production (Andrews & Herzberg 1985, Data, table 62) ---
data(pigs)
pg <- "Andrews & Herzberg (1985), Data: A Collection of Problems from Many Fields, UK pig production 1967-1978 (48 quarters, a short history); via the Debian package r-cran-ggally."
pabout <- c(gilts = "Quarterly number of gilts (young sows) entering the UK breeding herd", profit = "Quarterly profitability of UK pig production (ratio of pig price to feed cost)",
  s_per_herdsz = "Quarterly UK sows slaughtered per herd size", production = "Quarterly UK pig production (clean pigs slaughtered)", herdsz = "Quarterly UK breeding herd size")
for (v in names(pabout)) add(paste0("pigs.", v), ts(pigs[[v]], start = c(1967, 1), frequency = 4), "GGally", paste0("pigs$", v), paste0(pabout[[v]], ", 1967Q1 - 1978Q4. ", pg))

write_series(series, out)
