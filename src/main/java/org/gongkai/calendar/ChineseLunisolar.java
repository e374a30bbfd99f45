package org.gongkai.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of the Chinese lunisolar calendar (农历) and the solar terms that the statutory holidays need, computed
 * as GB/T 33661-2017《农历的编算和颁行》 prescribes: a month begins on the day, in Beijing time (UTC+8), of the new
 * moon; the month containing the winter solstice (冬至) is the eleventh; when thirteen months lie between two eleventh
 * months, the first of them without a principal term (中气) is the leap month.
 * <p>
 * The astronomy is J. Meeus, <i>Astronomical Algorithms</i> (2nd ed., 1998): the Sun's apparent longitude of
 * chapter 25 (within 0.01°, a quarter of an hour in time) and the true new moons of chapter 49 (within seconds), with
 * ΔT by Espenak and Meeus. Pure and thread-safe.
 */
final class ChineseLunisolar {

	/** Beijing time is UTC+8: the day of an instant is taken there (GB/T 33661-2017 §4.1). */
	private static final double BEIJING = 8.0 / 24;

	private static final double SYNODIC_MONTH = 29.530588861;

	private ChineseLunisolar() {
	}

	/**
	 * The Gregorian date of day {@code day} of the ordinary (not leap) lunar month {@code month} (1–10) of the lunar
	 * year that begins in Gregorian year {@code year}: (2026, 1, 1) is 春节 2026, 17 February.
	 */
	static LocalDate lunarDate(int year, int month, int day) {
		if (month < 1 || month > 10 || day < 1 || day > 30) {
			throw new IllegalArgumentException("no lunar date " + month + "/" + day + " here");
		}
		List<LocalDate> starts = monthStarts(year);
		List<Integer> numbers = monthNumbers(year, starts);
		for (int i = 1; i < numbers.size(); i++) {
			if (numbers.get(i) == month && !numbers.get(i).equals(numbers.get(i - 1))) {
				return starts.get(i).plusDays(day - 1L);
			}
		}
		throw new IllegalStateException("lunar month " + month + " not found in " + year);
	}

	/** The Beijing date on which the Sun's apparent longitude reaches {@code degrees} in Gregorian year {@code year}. */
	static LocalDate solarTerm(int year, int degrees) {
		// The longitude grows about 0.9856° a day from 0° at the March equinox; 285°–359° fall in January to March.
		double days = degrees / 360.0 * 365.2422 - (degrees >= 285 ? 365.2422 : 0);
		double guess = julianDay(LocalDate.of(year, 3, 20)) + days;
		return beijingDate(solarLongitudeTime(guess, degrees));
	}

	/** The first days of the months from the one containing 冬至 of {@code year - 1} to the one after 冬至 of {@code year}. */
	private static List<LocalDate> monthStarts(int year) {
		LocalDate solsticeBefore = solarTerm(year - 1, 270);
		LocalDate solstice = solarTerm(year, 270);
		List<LocalDate> starts = new ArrayList<>();
		double k = Math.floor((year - 1 - 2000 + (solsticeBefore.getDayOfYear() / 365.25)) * 12.3685) - 2;
		while (true) {
			LocalDate start = beijingDate(newMoon(k++));
			if (!start.isAfter(solsticeBefore)) {
				starts.clear();
			}
			starts.add(start);
			if (start.isAfter(solstice)) {
				return starts;
			}
		}
	}

	/** The month numbers of {@link #monthStarts}: 11, 12, 1, …, a leap month repeating the number before it. */
	private static List<Integer> monthNumbers(int year, List<LocalDate> starts) {
		// starts ends with the month after the one containing the next 冬至; 14 entries mean 13 months in between.
		int leap = starts.size() == 15 ? firstMonthWithoutPrincipalTerm(year, starts) : -1;
		List<Integer> numbers = new ArrayList<>();
		int number = 11;
		numbers.add(number);
		for (int i = 1; i < starts.size(); i++) {
			if (i != leap) {
				number = number % 12 + 1;
			}
			numbers.add(number);
		}
		return numbers;
	}

	private static int firstMonthWithoutPrincipalTerm(int year, List<LocalDate> starts) {
		List<LocalDate> principalTerms = new ArrayList<>();
		for (int degrees = 300; degrees <= 330; degrees += 30) {
			principalTerms.add(solarTerm(year, degrees));
		}
		for (int degrees = 0; degrees <= 270; degrees += 30) {
			principalTerms.add(solarTerm(year, degrees));
		}
		for (int i = 1; i < starts.size() - 1; i++) {
			LocalDate from = starts.get(i);
			LocalDate until = starts.get(i + 1);
			if (principalTerms.stream().noneMatch(term -> !term.isBefore(from) && term.isBefore(until))) {
				return i;
			}
		}
		return -1;
	}

	/** Meeus ch. 49: the Julian Ephemeris Day of the true new moon of lunation {@code k} (k = 0 in January 2000). */
	static double newMoon(double k) {
		double t = k / 1236.85;
		double jde = 2451550.09766 + SYNODIC_MONTH * k + 0.00015437 * t * t - 0.000000150 * t * t * t
				+ 0.00000000073 * t * t * t * t;
		double e = 1 - 0.002516 * t - 0.0000074 * t * t;
		double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t * t - 0.00000011 * t * t * t);
		double mm = rad(201.5643 + 385.81693528 * k + 0.0107582 * t * t + 0.00001238 * t * t * t
				- 0.000000058 * t * t * t * t);
		double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t * t - 0.00000227 * t * t * t
				+ 0.000000011 * t * t * t * t);
		double omega = rad(124.7746 - 1.56375588 * k + 0.0020672 * t * t + 0.00000215 * t * t * t);
		jde += -0.40720 * Math.sin(mm) + 0.17241 * e * Math.sin(m) + 0.01608 * Math.sin(2 * mm)
				+ 0.01039 * Math.sin(2 * f) + 0.00739 * e * Math.sin(mm - m) - 0.00514 * e * Math.sin(mm + m)
				+ 0.00208 * e * e * Math.sin(2 * m) - 0.00111 * Math.sin(mm - 2 * f) - 0.00057 * Math.sin(mm + 2 * f)
				+ 0.00056 * e * Math.sin(2 * mm + m) - 0.00042 * Math.sin(3 * mm) + 0.00042 * e * Math.sin(m + 2 * f)
				+ 0.00038 * e * Math.sin(m - 2 * f) - 0.00024 * e * Math.sin(2 * mm - m) - 0.00017 * Math.sin(omega)
				- 0.00007 * Math.sin(mm + 2 * m) + 0.00004 * Math.sin(2 * mm - 2 * f) + 0.00004 * Math.sin(3 * m)
				+ 0.00003 * Math.sin(mm + m - 2 * f) + 0.00003 * Math.sin(2 * mm + 2 * f)
				- 0.00003 * Math.sin(mm + m + 2 * f) + 0.00003 * Math.sin(mm - m + 2 * f)
				- 0.00002 * Math.sin(mm - m - 2 * f) - 0.00002 * Math.sin(3 * mm + m) + 0.00002 * Math.sin(4 * mm);
		double[] argument = { 299.77 + 0.107408 * k - 0.009173 * t * t, 251.88 + 0.016321 * k,
				251.83 + 26.651886 * k, 349.42 + 36.412478 * k, 84.66 + 18.206239 * k, 141.74 + 53.303771 * k,
				207.14 + 2.453732 * k, 154.84 + 7.306860 * k, 34.52 + 27.261239 * k, 207.19 + 0.121824 * k,
				291.34 + 1.844379 * k, 161.72 + 24.198154 * k, 239.56 + 25.513099 * k, 331.55 + 3.592518 * k };
		double[] amplitude = { 0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056,
				0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023 };
		for (int i = 0; i < argument.length; i++) {
			jde += amplitude[i] * Math.sin(rad(argument[i]));
		}
		return jde;
	}

	/** The Julian Ephemeris Day near {@code guess} at which the Sun's apparent longitude is {@code degrees}. */
	private static double solarLongitudeTime(double guess, double degrees) {
		double jde = guess;
		for (int i = 0; i < 50; i++) {
			double correction = 58 * Math.sin(rad(degrees - apparentSolarLongitude(jde)));
			jde += correction;
			if (Math.abs(correction) < 1e-6) {
				break;
			}
		}
		return jde;
	}

	/** Meeus ch. 25 (lower accuracy): the Sun's apparent longitude in degrees, referred to the equinox of the date. */
	static double apparentSolarLongitude(double jde) {
		double t = (jde - 2451545.0) / 36525;
		double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
		double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
		double center = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
				+ (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
		double omega = rad(125.04 - 1934.136 * t);
		double longitude = meanLongitude + center - 0.00569 - 0.00478 * Math.sin(omega);
		return ((longitude % 360) + 360) % 360;
	}

	/** The civil date in Beijing of a Julian Ephemeris Day (dynamical time, converted to UT by ΔT). */
	private static LocalDate beijingDate(double jde) {
		double ut = jde - deltaT(jde) / 86400;
		return LocalDate.ofEpochDay((long) Math.floor(ut + 0.5 + BEIJING) - 2440588);
	}

	/** ΔT = TT − UT in seconds, Espenak and Meeus's polynomials (NASA, 2006) for 1986–2150, a parabola beyond. */
	private static double deltaT(double jde) {
		double y = 2000 + (jde - 2451544.5) / 365.2425;
		double t = y - 2000;
		if (y >= 1986 && y < 2005) {
			return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
					+ 0.00002373599 * t * t * t * t * t;
		}
		if (y >= 2005 && y < 2050) {
			return 62.92 + 0.32217 * t + 0.005589 * t * t;
		}
		if (y >= 2050 && y < 2150) {
			return -20 + 32 * Math.pow((y - 1820) / 100, 2) - 0.5628 * (2150 - y);
		}
		return -20 + 32 * Math.pow((y - 1820) / 100, 2);
	}

	private static double julianDay(LocalDate date) {
		return date.toEpochDay() + 2440587.5;
	}

	private static double rad(double degrees) {
		return Math.toRadians(degrees % 360);
	}

}
