# Exports the real public series of the backtest (`npm run eval -- backtest`) to
# test/fixtures/series/real-series.json. Run once, where R is installed:
#   Rscript src/local/eval/reference/export-series.R test/fixtures/series/real-series.json
# Every series ships inside a Debian package (r-base-core's `datasets`, r-cran-forecast,
# and r-cran-tseries / r-cran-urca / r-cran-lmtest when present); `source` names the
# package and dataset, `about` paraphrases the R help page (origin / citation).
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "test/fixtures/series/real-series.json"
suppressMessages(library(forecast))
series <- list()
source("src/local/eval/reference/series-export.R") # add(): one series into `series`; write_series()
have <- function(p) requireNamespace(p, quietly = TRUE)
d <- function(name, package = "datasets") {
  if (package == "datasets") return(getExportedValue("datasets", name))
  e <- new.env(); data(list = name, package = package, envir = e); get(name, envir = e)
}
# Long series keep their last MAX_POINTS periods: enough for every origin, and a small fixture.
MAX_POINTS <- 360

# --- R datasets (r-base-core) ---
add("AirPassengers", d("AirPassengers"), "datasets", "AirPassengers", "Monthly international airline passenger totals (thousands), 1949-1960. Box, Jenkins & Reinsel (1976) Time Series Analysis, Series G.")
add("UKgas", d("UKgas"), "datasets", "UKgas", "Quarterly UK gas consumption (million therms), 1960-1986. Durbin & Koopman (2001) Time Series Analysis by State Space Methods.")
add("USAccDeaths", d("USAccDeaths"), "datasets", "USAccDeaths", "Monthly accidental deaths in the USA, 1973-1978. Brockwell & Davis (1991) Time Series: Theory and Methods.")
add("JohnsonJohnson", d("JohnsonJohnson"), "datasets", "JohnsonJohnson", "Quarterly earnings (dollars) per Johnson & Johnson share, 1960-1980. Shumway & Stoffer (2000) Time Series Analysis and its Applications.")
add("UKDriverDeaths", d("UKDriverDeaths"), "datasets", "UKDriverDeaths", "Monthly car drivers killed or seriously injured in Great Britain, 1969-1984. Harvey (1989) Forecasting, Structural Time Series Models and the Kalman Filter.")
sb <- d("Seatbelts")
for (col in c("front", "rear", "kms", "PetrolPrice", "VanKilled"))
  add(paste0("Seatbelts.", col), sb[, col], "datasets", paste0("Seatbelts[, \"", col, "\"]"), "Monthly UK road casualties, distance driven (kms) and petrol price, 1969-1984. Harvey & Durbin (1986) JRSS A 149, 187-227.")
add("ldeaths", d("ldeaths"), "datasets", "ldeaths", "Monthly deaths from bronchitis, emphysema and asthma in the UK, 1974-1979. Diggle (1990) Time Series: A Biostatistical Introduction.")
add("mdeaths", d("mdeaths"), "datasets", "mdeaths", "Monthly male deaths from lung diseases in the UK, 1974-1979. Diggle (1990).")
add("fdeaths", d("fdeaths"), "datasets", "fdeaths", "Monthly female deaths from lung diseases in the UK, 1974-1979. Diggle (1990).")
add("austres", d("austres"), "datasets", "austres", "Quarterly number of Australian residents (thousands), 1971-1993. Brockwell & Davis (1996) Introduction to Time Series and Forecasting.")
bj <- d("BJsales")
add("BJsales", ts(as.numeric(bj), frequency = 12, start = c(1960, 1)), "datasets", "BJsales", "Sales data with a leading indicator (150 consecutive periods; taken here as monthly). Box & Jenkins (1976), Series M.")
add("BJsales.lead", ts(as.numeric(d("BJsales.lead")), frequency = 12, start = c(1960, 1)), "datasets", "BJsales.lead", "Leading indicator of BJsales (taken here as monthly). Box & Jenkins (1976), Series M.")
eu <- d("EuStockMarkets")
for (col in colnames(eu)) {
  x <- as.numeric(eu[, col]); w <- x[seq(5, length(x), by = 5)] # one business-day close a week
  add(paste0("EuStockMarkets.", col, ".weekly"), ts(w, frequency = 52, start = c(1991, 27)), "datasets", paste0("EuStockMarkets[, \"", col, "\"] (every 5th business day)"), "Daily closing prices of major European stock indices, 1991-1998 (Erste Bank AG, Vienna), sampled weekly here.")
}
add("airmiles", d("airmiles"), "datasets", "airmiles", "Annual revenue passenger miles flown by US commercial airlines, 1937-1960. Brown (1963) Smoothing, Forecasting and Prediction.")
add("WWWusage", ts(as.numeric(d("WWWusage")), frequency = 12, start = c(2000, 1)), "datasets", "WWWusage", "Users connected to a server each minute over 100 minutes (taken here as monthly). Durbin & Koopman (2001).")
add("freeny.y", d("freeny")$y, "datasets", "freeny.y", "Quarterly revenue (log scale) of a US company, 1962-1971. Freeny (1977) A Portable Linear Regression Package with Test Programs.")
ll <- d("longley")
for (col in c("GNP", "Unemployed", "Employed"))
  add(paste0("longley.", col), ts(ll[, col], start = 1947), "datasets", paste0("longley$", col), "US macroeconomic annual data, 1947-1962. Longley (1967) JASA 62, 819-841.")

# --- forecast package data (r-cran-forecast) ---
add("gas", forecast::gas, "forecast", "gas", "Australian monthly gas production, 1956-1995. Australian Bureau of Statistics.")
add("wineind", forecast::wineind, "forecast", "wineind", "Australian total wine sales by wine makers in bottles <= 1 litre, monthly, 1980-1994. Australian Bureau of Statistics.")
add("woolyrnq", forecast::woolyrnq, "forecast", "woolyrnq", "Quarterly production of woollen yarn in Australia (tonnes), 1965-1994. Australian Bureau of Statistics.")
g <- as.numeric(forecast::gold); g <- g[!is.na(g)]
add("gold.weekly", ts(g[seq(5, length(g), by = 5)], frequency = 52, start = c(1985, 1)), "forecast", "gold (every 5th trading day)", "Daily morning gold prices (US dollars), 1 January 1985 - 31 March 1989, sampled weekly here.")

# --- other Debian-packaged R data, when installed ---
col <- function(x, name) if (is.null(dim(x))) x else x[, name]
if (have("AER")) {
  aer <- function(ds, cols, about, rename = NULL) {
    x <- d(ds, "AER")
    for (c in cols) add(if (is.null(cols) || length(cols) == 1 && is.na(c)) ds else paste0(ds, ".", c), if (is.na(c)) x else col(x, c), "AER", if (is.na(c)) ds else paste0(ds, "[, \"", c, "\"]"), about)
  }
  aer("DutchSales", NA, "Monthly sales of a Dutch company (1994-1999 per Franses). Franses (1998) Time Series Models for Business and Economic Forecasting.")
  aer("PepperPrice", c("black", "white"), "Monthly average black and white pepper spot prices (US dollars/tonne), 1973-1996. Franses (1998).")
  aer("FrozenJuice", c("price", "ppi"), "Monthly US price of frozen orange juice concentrate and producer price index, 1950-2000. Stock & Watson (2007) Introduction to Econometrics.")
  aer("BondYield", NA, "Monthly averages of the yield on a Moody's AAA rated corporate bond (%), 1990-1994. Greene (2003) Econometric Analysis.")
  aer("GermanUnemployment", c("unadjusted"), "Quarterly German unemployment rate, 1962-1991. Franses (1998).")
  aer("UKNonDurables", NA, "Quarterly UK consumption of non-durables (million pounds, 1985 prices), 1955-1988. Franses (1998).")
  aer("USProdIndex", c("unadjusted"), "Quarterly US industrial production index, 1960-1991. Franses (1998).")
  aer("OrangeCounty", c("employment", "gnp"), "Quarterly employment in Orange County (California) and real US GNP, 1965-1983. Franses (1998).")
  aer("ArgentinaCPI", NA, "Quarterly consumer price index of Argentina, 1970-1989. Franses (1998).")
  aer("UKInflation", c("actual"), "Quarterly UK inflation rate, 1971-1984. Franses (1998).")
  aer("USMacroG", c("gdp", "consumption", "invest", "government", "dpi", "cpi", "m1", "tbill", "unemp", "population"), "US quarterly macroeconomic data, 1950-2000. Greene (2003) Econometric Analysis, Table F5.1 (US Department of Commerce, Bureau of Economic Analysis).")
  aer("USMacroSWM", c("production", "oil", "cpi", "expenditure"), "US monthly industrial production, oil price index, CPI and personal consumption expenditures. Stock & Watson (2007).")
  aer("USMacroSW", c("unemp", "cpi", "ffrate", "gbpusd"), "US quarterly macroeconomic data, 1957-2005. Stock & Watson (2007).")
  aer("USMoney", c("gnp", "m1", "deflator"), "US quarterly GNP, money supply M1 and deflator, 1950-1983. Greene (2003).")
  aer("DJFranses", NA, "Weekly Dow Jones index, 1980-1994. Franses (1998).")
  aer("ChinaIncome", c("agriculture", "commerce", "construction", "industry", "transport"), "Annual real national income of China per section (index, 1952 = 100), 1952-1988. Chow (1993) QJE 108, 809-842.")
  aer("USConsump1993", c("income", "expenditure"), "Annual US disposable income and consumption expenditure (1987 dollars), 1950-1993. Baltagi (2002) Econometrics.")
  aer("TechChange", c("output"), "Annual US private non-farm output per man-hour, 1909-1949. Solow (1957) RES 39, 312-320.")
  aer("USGasG", c("gas", "income", "price"), "Annual US gasoline market: consumption, income and price index, 1960-1995. Greene (2003).")
}
if (have("tseries")) {
  x <- d("USeconomic", "tseries")
  for (c in colnames(x)) add(paste0("USeconomic.", gsub("[()]", "", c)), x[, c], "tseries", paste0("USeconomic[, \"", c, "\"]"), "US quarterly economic series (log M1, log GNP, interest rates), 1954-1987. Banerjee et al. (1993) Co-Integration, Error Correction, and the Econometric Analysis of Non-Stationary Data.")
  x <- d("NelPlo", "tseries")
  for (c in colnames(x)) add(paste0("NelPlo.", c), x[, c], "tseries", paste0("NelPlo[, \"", c, "\"]"), "Nelson-Plosser annual US macroeconomic series (logs except interest rate), 1860-1988. Nelson & Plosser (1982) Journal of Monetary Economics 10, 139-162.")
  x <- d("tcm", "tseries")
  add("tcm.tcm10y", x[, "tcm10y"], "tseries", "tcm[, \"tcm10y\"]", "Monthly US Treasury 10-year constant maturity yields, 1953-1999. Federal Reserve Board.")
}
if (have("urca")) {
  x <- d("UKconsumption", "urca")
  for (c in colnames(x)) add(paste0("UKconsumption.", c), ts(x[, c], frequency = 4, start = c(1966, 4)), "urca", paste0("UKconsumption[, \"", c, "\"]"), "UK quarterly log consumption, income and prices, 1966-1985. Holden & Perman (1994).")
}
if (have("lmtest")) {
  for (ds in c("ip", "jocci", "lhur", "pw561", "gmdc")) {
    add(paste0(ds, ".y"), d(ds, "lmtest")[, "y"], "lmtest", paste0(ds, "[, \"y\"]"), "US monthly macroeconomic series (industrial production / commodity prices / unemployment / producer prices / deflator), 1959-1993. Stock & Watson (1996) JBES 14, 11-30.")
  }
  add("lmtest.unemployment.UN", ts(d("unemployment", "lmtest")[, "UN"], start = 1890), "lmtest", "unemployment[, \"UN\"]", "US annual unemployment rate, 1890-1979. Rea (1983) Journal of Business and Economic Statistics 1, 248-253.")
}
if (have("strucchange")) {
  x <- d("USIncExp", "strucchange")
  for (c in colnames(x)) add(paste0("USIncExp.", c), x[, c], "strucchange", paste0("USIncExp[, \"", c, "\"]"), "US monthly personal income and personal consumption expenditures (billion dollars), 1959-2001. US Bureau of Economic Analysis.")
  add("durab", d("durab", "strucchange")[, "y"], "strucchange", "durab[, \"y\"]", "US monthly index of durable-goods production (log), 1947-2001. Federal Reserve Board.")
}
write_series(series, out)
