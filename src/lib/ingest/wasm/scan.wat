;; Where the byte reader (`byte-records.ts`) must look in a run of a UTF-8 file's bytes: the offset
;; of every byte that is the delimiter, `\n`, `\r`, `"`, a zero byte or 0x80 and above (part of a
;; character beyond ASCII). Sixteen bytes at a time (SIMD): the bytes that match become a 16-bit
;; mask, and each set bit an offset. Built into `scan-module.ts` by `scripts/build-wasm.mjs`.
(module
  (memory (export "memory") 1)

  ;; The offsets in bytes [start, end) written as i32 from `out`, in order; returns how many.
  (func (export "scan")
    (param $start i32) (param $end i32) (param $out i32) (param $delimiter i32) (result i32)
    (local $at i32) (local $o i32) (local $mask i32) (local $byte i32)
    (local $bytes v128) (local $d v128)
    (local.set $d (i8x16.splat (local.get $delimiter)))
    (local.set $at (local.get $start))
    (local.set $o (local.get $out))
    (block $wide_done
      (loop $wide
        (br_if $wide_done (i32.gt_u (i32.add (local.get $at) (i32.const 16)) (local.get $end)))
        (local.set $bytes (v128.load (local.get $at)))
        ;; 0xFF in each lane that matches; or-ing the bytes themselves adds 0x80 and above.
        (local.set $mask
          (i8x16.bitmask
            (v128.or
              (v128.or
                (v128.or
                  (i8x16.eq (local.get $bytes) (local.get $d))
                  (i8x16.eq (local.get $bytes) (v128.const i8x16 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10 10)))
                (v128.or
                  (i8x16.eq (local.get $bytes) (v128.const i8x16 13 13 13 13 13 13 13 13 13 13 13 13 13 13 13 13))
                  (i8x16.eq (local.get $bytes) (v128.const i8x16 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34 34))))
              (v128.or
                (i8x16.eq (local.get $bytes) (v128.const i8x16 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0))
                (local.get $bytes)))))
        (block $bits_done
          (loop $bits
            (br_if $bits_done (i32.eqz (local.get $mask)))
            (i32.store (local.get $o) (i32.add (local.get $at) (i32.ctz (local.get $mask))))
            (local.set $o (i32.add (local.get $o) (i32.const 4)))
            (local.set $mask (i32.and (local.get $mask) (i32.sub (local.get $mask) (i32.const 1))))
            (br $bits)))
        (local.set $at (i32.add (local.get $at) (i32.const 16)))
        (br $wide)))
    ;; The last bytes, one at a time.
    (block $narrow_done
      (loop $narrow
        (br_if $narrow_done (i32.ge_u (local.get $at) (local.get $end)))
        (local.set $byte (i32.load8_u (local.get $at)))
        (if (i32.or
              (i32.or
                (i32.or (i32.eq (local.get $byte) (local.get $delimiter)) (i32.eq (local.get $byte) (i32.const 10)))
                (i32.or (i32.eq (local.get $byte) (i32.const 13)) (i32.eq (local.get $byte) (i32.const 34))))
              (i32.or (i32.eqz (local.get $byte)) (i32.ge_u (local.get $byte) (i32.const 128))))
          (then
            (i32.store (local.get $o) (local.get $at))
            (local.set $o (i32.add (local.get $o) (i32.const 4)))))
        (local.set $at (i32.add (local.get $at) (i32.const 1)))
        (br $narrow)))
    (i32.shr_u (i32.sub (local.get $o) (local.get $out)) (i32.const 2))))
