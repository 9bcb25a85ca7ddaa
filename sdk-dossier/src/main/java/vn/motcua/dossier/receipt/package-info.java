/**
 * Receipts (giấy tiếp nhận hồ sơ và hẹn trả kết quả) and their compact signed form for QR codes,
 * verifiable offline with the agency's public key.
 */
@NullMarked
package vn.motcua.dossier.receipt;

import org.jspecify.annotations.NullMarked;
