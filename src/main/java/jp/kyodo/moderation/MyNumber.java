package jp.kyodo.moderation;

/**
 * The individual number (マイナンバー): 11 digits and a check digit computed as the Digital Agency
 * publishes it (Ordinance on the individual number, art. 5).
 */
public final class MyNumber {
  private MyNumber() {}

  /** True for 12 ASCII digits whose last digit is the check digit of the first eleven. */
  public static boolean isValid(String digits) {
    if (digits == null || !digits.matches("[0-9]{12}")) {
      return false;
    }
    return checkDigit(digits.substring(0, 11)) == digits.charAt(11) - '0';
  }

  /** Check digit for 11 digits: weights 2..7 then 2..6 from the right, modulus 11. */
  static int checkDigit(String eleven) {
    int sum = 0;
    for (int n = 1; n <= 11; n++) {
      int p = eleven.charAt(11 - n) - '0';
      int q = n <= 6 ? n + 1 : n - 5;
      sum += p * q;
    }
    int remainder = sum % 11;
    return remainder <= 1 ? 0 : 11 - remainder;
  }
}
